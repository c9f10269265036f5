# Regulations, part 1: kepegawaian.
REGS = []
def R(**k): REGS.append(k)

R(slug="pp-94-2021", title="PP 94 2021", issuer=["PRESIDEN", "REPUBLIK INDONESIA"], site="jdih.setneg.go.id",
  jenis="PERATURAN PEMERINTAH REPUBLIK INDONESIA", nomor="94", tahun="2021",
  tentang="DISIPLIN PEGAWAI NEGERI SIPIL", pejabat="PRESIDEN REPUBLIK INDONESIA", style=0,
  menimbang=["bahwa untuk mewujudkan Pegawai Negeri Sipil yang berintegritas, profesional, netral dan bebas dari intervensi politik, bersih dari praktik korupsi, kolusi, dan nepotisme, diperlukan Pegawai Negeri Sipil yang taat pada kewajiban dan larangan",
             "bahwa Peraturan Pemerintah Nomor 53 Tahun 2010 tentang Disiplin Pegawai Negeri Sipil sudah tidak sesuai dengan perkembangan dan kebutuhan hukum sehingga perlu diganti"],
  mengingat=["Pasal 5 ayat (2) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945", "Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 6, Tambahan Lembaran Negara Republik Indonesia Nomor 5494)"],
  babs=[("KETENTUAN UMUM", ["Dalam Peraturan Pemerintah ini yang dimaksud dengan: 1. Disiplin Pegawai Negeri Sipil adalah kesanggupan PNS untuk menaati kewajiban dan menghindari larangan yang ditentukan dalam peraturan perundang-undangan. 2. Pelanggaran Disiplin adalah setiap ucapan, tulisan, atau perbuatan PNS yang tidak menaati kewajiban dan/atau melanggar larangan ketentuan disiplin PNS. 3. Hukuman Disiplin adalah hukuman yang dijatuhkan kepada PNS karena melanggar disiplin."]),
        ("KEWAJIBAN DAN LARANGAN", ["PNS wajib: a. setia dan taat sepenuhnya kepada Pancasila; b. menaati ketentuan jam kerja; c. masuk kerja dan menaati ketentuan jam kerja; d. menggunakan dan memelihara barang milik negara dengan sebaik-baiknya.",
                                    "PNS dilarang: a. menyalahgunakan wewenang; b. menjadi perantara untuk mendapatkan keuntungan pribadi; c. menerima hadiah yang berhubungan dengan jabatan; d. memberikan dukungan kepada calon Presiden, kepala daerah, atau anggota legislatif."]),
        ("HUKUMAN DISIPLIN", ["(1) Tingkat Hukuman Disiplin terdiri atas: a. Hukuman Disiplin ringan; b. Hukuman Disiplin sedang; dan c. Hukuman Disiplin berat. (2) Jenis Hukuman Disiplin ringan terdiri atas teguran lisan, teguran tertulis, dan pernyataan tidak puas secara tertulis.",
                              "Jenis Hukuman Disiplin sedang terdiri atas pemotongan tunjangan kinerja sebesar 25% (dua puluh lima persen) selama 6 (enam) bulan, 9 (sembilan) bulan, atau 12 (dua belas) bulan.",
                              "Jenis Hukuman Disiplin berat terdiri atas penurunan jabatan setingkat lebih rendah selama 12 (dua belas) bulan, pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 (dua belas) bulan, dan pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS.",
                              "PNS yang tidak masuk kerja tanpa alasan yang sah secara kumulatif selama 28 (dua puluh delapan) hari kerja dalam 1 (satu) tahun dijatuhi hukuman disiplin berat."]),
        ("PEMERIKSAAN", ["Sebelum PNS dijatuhi Hukuman Disiplin, PNS yang diduga melakukan Pelanggaran Disiplin dipanggil secara tertulis oleh atasan langsung untuk dilakukan pemeriksaan. Pemeriksaan dilakukan secara tertutup dan hasilnya dituangkan dalam berita acara pemeriksaan."])])

R(slug="pp-11-2017", title="PP 11 2017", issuer=["PRESIDEN", "REPUBLIK INDONESIA"], site="jdih.setneg.go.id",
  jenis="PERATURAN PEMERINTAH REPUBLIK INDONESIA", nomor="11", tahun="2017",
  tentang="MANAJEMEN PEGAWAI NEGERI SIPIL", pejabat="PRESIDEN REPUBLIK INDONESIA", style=1,
  menimbang=["bahwa untuk melaksanakan ketentuan Pasal 17, Pasal 18 ayat (4), Pasal 19 ayat (4), Pasal 20 ayat (4), Pasal 57, Pasal 68 ayat (7), dan Pasal 86 ayat (4) Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara, perlu menetapkan Peraturan Pemerintah tentang Manajemen Pegawai Negeri Sipil"],
  mengingat=["Pasal 5 ayat (2) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945", "Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara"],
  babs=[("KETENTUAN UMUM", ["Manajemen PNS adalah pengelolaan PNS untuk menghasilkan PNS yang profesional, memiliki nilai dasar, etika profesi, bebas dari intervensi politik, bersih dari praktik korupsi, kolusi, dan nepotisme."]),
        ("RUANG LINGKUP", ["Manajemen PNS meliputi: a. penyusunan dan penetapan kebutuhan; b. pengadaan; c. pangkat dan jabatan; d. pengembangan karier; e. pola karier; f. promosi; g. mutasi; h. penilaian kinerja; i. penggajian dan tunjangan; j. penghargaan; k. disiplin; l. pemberhentian; m. jaminan pensiun dan jaminan hari tua; dan n. perlindungan."]),
        ("PENGADAAN PNS", ["Pengadaan PNS merupakan kegiatan untuk mengisi kebutuhan Jabatan Administrasi dan/atau Jabatan Fungsional dalam suatu Instansi Pemerintah. Pengadaan PNS dilakukan melalui tahapan perencanaan, pengumuman lowongan, pelamaran, seleksi, pengumuman hasil seleksi, masa percobaan, dan pengangkatan menjadi PNS.",
                           "Calon PNS wajib menjalani masa percobaan selama 1 (satu) tahun yang dilaksanakan melalui proses pendidikan dan pelatihan terintegrasi."]),
        ("MUTASI", ["Setiap PNS dapat dimutasi tugas dan/atau lokasi dalam 1 (satu) Instansi Pusat, antar-Instansi Pusat, 1 (satu) Instansi Daerah, antar-Instansi Daerah, antar-Instansi Pusat dan Instansi Daerah, dan ke perwakilan Negara Kesatuan Republik Indonesia di luar negeri. Mutasi PNS dilakukan dengan memperhatikan prinsip larangan konflik kepentingan."])])

R(slug="pp-17-2020", title="PP 17 2020", issuer=["PRESIDEN", "REPUBLIK INDONESIA"], site="jdih.setneg.go.id",
  jenis="PERATURAN PEMERINTAH REPUBLIK INDONESIA", nomor="17", tahun="2020",
  tentang="PERUBAHAN ATAS PERATURAN PEMERINTAH NOMOR 11 TAHUN 2017 TENTANG MANAJEMEN PEGAWAI NEGERI SIPIL", pejabat="PRESIDEN REPUBLIK INDONESIA", style=1,
  menimbang=["bahwa untuk meningkatkan efektivitas penyelenggaraan pemerintahan dan mewujudkan birokrasi yang profesional, perlu penyempurnaan ketentuan mengenai kewenangan pengangkatan, pemindahan, dan pemberhentian PNS"],
  mengingat=["Pasal 5 ayat (2) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945", "Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara", "Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil"],
  babs=[(None, ["Beberapa ketentuan dalam Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil diubah sebagai berikut: 1. Ketentuan Pasal 3 diubah sehingga berbunyi: Presiden selaku pemegang kekuasaan tertinggi pembinaan PNS dapat mendelegasikan kewenangan menetapkan pengangkatan, pemindahan, dan pemberhentian PNS kepada Menteri, pimpinan lembaga, dan bupati/walikota.",
                "Presiden dapat menarik kembali kewenangan yang telah didelegasikan dalam hal terjadi pelanggaran prinsip sistem merit yang dilakukan oleh Pejabat Pembina Kepegawaian.",
                "Peraturan Pemerintah ini mulai berlaku pada tanggal diundangkan."])])

R(slug="permenpan-rb-14-2017", title="Permenpan RB 14 2017", issuer=["MENTERI PENDAYAGUNAAN APARATUR NEGARA", "DAN REFORMASI BIROKRASI", "REPUBLIK INDONESIA"], site="jdih.menpan.go.id",
  jenis="PERATURAN MENTERI PENDAYAGUNAAN APARATUR NEGARA DAN REFORMASI BIROKRASI REPUBLIK INDONESIA", nomor="14", tahun="2017",
  tentang="PEDOMAN PENYUSUNAN SURVEI KEPUASAN MASYARAKAT UNIT PENYELENGGARA PELAYANAN PUBLIK", pejabat="MENTERI PENDAYAGUNAAN APARATUR NEGARA DAN REFORMASI BIROKRASI REPUBLIK INDONESIA", style=0,
  menimbang=["bahwa dalam rangka meningkatkan kualitas penyelenggaraan pelayanan publik perlu dilakukan penilaian atas kinerja penyelenggaraan pelayanan publik oleh masyarakat melalui survei",
             "bahwa Peraturan Menteri PANRB Nomor 16 Tahun 2014 tentang Pedoman Survei Kepuasan Masyarakat terhadap Penyelenggaraan Pelayanan Publik perlu disesuaikan"],
  mengingat=["Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik", "Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik"],
  babs=[("KETENTUAN UMUM", ["Survei Kepuasan Masyarakat adalah kegiatan pengukuran secara komprehensif kegiatan tentang tingkat kepuasan masyarakat yang diperoleh dari hasil pengukuran atas pendapat masyarakat dalam memperoleh pelayanan dari penyelenggara pelayanan publik.",
                          "Indeks Kepuasan Masyarakat adalah data dan informasi tentang tingkat kepuasan masyarakat yang diperoleh dari hasil pengukuran secara kuantitatif dan kualitatif."]),
        ("UNSUR SURVEI", ["Unsur survei kepuasan masyarakat meliputi: a. persyaratan; b. sistem, mekanisme, dan prosedur; c. waktu penyelesaian; d. biaya/tarif; e. produk spesifikasi jenis pelayanan; f. kompetensi pelaksana; g. perilaku pelaksana; h. penanganan pengaduan, saran dan masukan; dan i. sarana dan prasarana."]),
        ("METODE DAN PENGOLAHAN", ["Nilai indeks dihitung dengan menggunakan nilai rata-rata tertimbang masing-masing unsur pelayanan. Setiap unsur pelayanan memiliki penimbang yang sama, yaitu bobot nilai rata-rata tertimbang = jumlah bobot dibagi jumlah unsur = 1/9 = 0,11.",
                                   "Untuk memudahkan interpretasi, nilai indeks dikonversikan dengan nilai dasar 25, sehingga IKM unit pelayanan = nilai rata-rata tertimbang × 25. Mutu pelayanan A (sangat baik) untuk nilai konversi 88,31 sampai 100,00; B (baik) 76,61 sampai 88,30; C (kurang baik) 65,00 sampai 76,60; D (tidak baik) 25,00 sampai 64,99.",
                                   "Jumlah responden ditentukan berdasarkan tabel sampel Krejcie dan Morgan sesuai jumlah populasi penerima layanan."]),
        ("PELAKSANAAN", ["Survei dilakukan secara periodik paling sedikit 1 (satu) kali dalam setahun. Hasil survei wajib dipublikasikan dan ditindaklanjuti melalui rencana tindak lanjut perbaikan pelayanan."])])

R(slug="permenpan-rb-15-2014", title="Permenpan RB 15 2014", issuer=["MENTERI PENDAYAGUNAAN APARATUR NEGARA", "DAN REFORMASI BIROKRASI", "REPUBLIK INDONESIA"], site="jdih.menpan.go.id",
  jenis="PERATURAN MENTERI PENDAYAGUNAAN APARATUR NEGARA DAN REFORMASI BIROKRASI REPUBLIK INDONESIA", nomor="15", tahun="2014",
  tentang="PEDOMAN STANDAR PELAYANAN", pejabat="MENTERI PENDAYAGUNAAN APARATUR NEGARA DAN REFORMASI BIROKRASI REPUBLIK INDONESIA", style=2,
  menimbang=["bahwa dalam rangka memberikan kepastian, meningkatkan kualitas, dan kinerja pelayanan publik sesuai dengan kebutuhan masyarakat, setiap penyelenggara pelayanan publik wajib menetapkan dan menerapkan standar pelayanan"],
  mengingat=["Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik", "Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik"],
  babs=[(None, ["Standar Pelayanan adalah tolok ukur yang dipergunakan sebagai pedoman penyelenggaraan pelayanan dan acuan penilaian kualitas pelayanan sebagai kewajiban dan janji penyelenggara kepada masyarakat dalam rangka pelayanan yang berkualitas, cepat, mudah, terjangkau, dan terukur.",
                "Komponen standar pelayanan yang terkait dengan proses penyampaian pelayanan (service delivery) meliputi: persyaratan; sistem, mekanisme, dan prosedur; jangka waktu pelayanan; biaya/tarif; produk pelayanan; dan penanganan pengaduan, saran dan masukan.",
                "Komponen yang terkait dengan proses pengelolaan pelayanan di internal organisasi (manufacturing) meliputi: dasar hukum; sarana dan prasarana; kompetensi pelaksana; pengawasan internal; jumlah pelaksana; jaminan pelayanan; jaminan keamanan dan keselamatan pelayanan; dan evaluasi kinerja pelaksana.",
                "Penyusunan standar pelayanan dilakukan dengan mengikutsertakan masyarakat dan pihak terkait melalui forum konsultasi publik. Standar pelayanan yang telah ditetapkan wajib dipublikasikan dan ditinjau secara berkala."])])

R(slug="permenpan-rb-6-2022", title="Permenpan RB 6 2022", issuer=["MENTERI PENDAYAGUNAAN APARATUR NEGARA", "DAN REFORMASI BIROKRASI", "REPUBLIK INDONESIA"], site="jdih.menpan.go.id",
  jenis="PERATURAN MENTERI PENDAYAGUNAAN APARATUR NEGARA DAN REFORMASI BIROKRASI REPUBLIK INDONESIA", nomor="6", tahun="2022",
  tentang="PENGELOLAAN KINERJA PEGAWAI APARATUR SIPIL NEGARA", pejabat="MENTERI PENDAYAGUNAAN APARATUR NEGARA DAN REFORMASI BIROKRASI REPUBLIK INDONESIA", style=1,
  menimbang=["bahwa untuk melaksanakan ketentuan Pasal 56 Peraturan Pemerintah Nomor 30 Tahun 2019 tentang Penilaian Kinerja Pegawai Negeri Sipil perlu mengatur pengelolaan kinerja pegawai yang berorientasi pada hasil"],
  mengingat=["Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara", "Peraturan Pemerintah Nomor 30 Tahun 2019 tentang Penilaian Kinerja Pegawai Negeri Sipil"],
  babs=[("KETENTUAN UMUM", ["Pengelolaan Kinerja Pegawai adalah proses sistematis yang terdiri dari perencanaan kinerja, pelaksanaan, pemantauan kinerja, dan pembinaan kinerja, penilaian kinerja, serta tindak lanjut, dan sistem informasi kinerja pegawai."]),
        ("PERENCANAAN KINERJA", ["Perencanaan kinerja pegawai dituangkan dalam Sasaran Kinerja Pegawai (SKP) yang memuat hasil kerja dan perilaku kerja. SKP disusun dan ditetapkan paling lambat akhir Januari tahun berjalan berdasarkan dialog kinerja antara pegawai dan pejabat penilai kinerja."]),
        ("PENILAIAN KINERJA", ["Penilaian kinerja pegawai dilakukan secara periodik setiap bulan dan tahunan. Predikat kinerja pegawai terdiri atas sangat baik, baik, butuh perbaikan, kurang, dan sangat kurang, yang diperoleh dari kurva distribusi predikat kinerja organisasi.",
                               "Hasil evaluasi kinerja pegawai digunakan sebagai dasar pemberian tunjangan kinerja, pengembangan kompetensi, mutasi, promosi, dan pemberian penghargaan."])])

R(slug="pp-30-2019", title="PP 30 2019", issuer=["PRESIDEN", "REPUBLIK INDONESIA"], site="jdih.setneg.go.id",
  jenis="PERATURAN PEMERINTAH REPUBLIK INDONESIA", nomor="30", tahun="2019",
  tentang="PENILAIAN KINERJA PEGAWAI NEGERI SIPIL", pejabat="PRESIDEN REPUBLIK INDONESIA", style=0,
  menimbang=["bahwa untuk melaksanakan ketentuan Pasal 78 Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara, perlu menetapkan Peraturan Pemerintah tentang Penilaian Kinerja Pegawai Negeri Sipil"],
  mengingat=["Pasal 5 ayat (2) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945", "Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara"],
  babs=[("KETENTUAN UMUM", ["Penilaian Kinerja PNS adalah suatu proses sistematis penilaian yang dilakukan oleh pejabat penilai kinerja terhadap sasaran kinerja pegawai dan perilaku kerja PNS. Penilaian Kinerja PNS bertujuan untuk menjamin objektivitas pembinaan PNS yang didasarkan pada sistem prestasi dan sistem karier."]),
        ("PERILAKU KERJA", ["Penilaian perilaku kerja meliputi aspek orientasi pelayanan, komitmen, inisiatif kerja, kerja sama, dan kepemimpinan. Penilaian perilaku kerja dapat dilakukan dengan mempertimbangkan pendapat rekan kerja setingkat dan/atau bawahan langsung."]),
        ("TINDAK LANJUT", ["PNS yang tidak mencapai target kinerja dan tidak memenuhi perilaku kerja yang diharapkan diberikan bimbingan kinerja. PNS yang dinilai kinerjanya dengan predikat sangat kurang selama 1 (satu) tahun diberhentikan dengan hormat tidak atas permintaan sendiri."])])

R(slug="perka-bkn-24-2017", title="Perka BKN 24 2017", issuer=["BADAN KEPEGAWAIAN NEGARA", "REPUBLIK INDONESIA"], site="jdih.bkn.go.id",
  jenis="PERATURAN BADAN KEPEGAWAIAN NEGARA REPUBLIK INDONESIA", nomor="24", tahun="2017",
  tentang="TATA CARA PEMBERIAN CUTI PEGAWAI NEGERI SIPIL", pejabat="KEPALA BADAN KEPEGAWAIAN NEGARA", style=0,
  menimbang=["bahwa untuk melaksanakan ketentuan Pasal 341 Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil, perlu menetapkan Peraturan Badan Kepegawaian Negara tentang Tata Cara Pemberian Cuti PNS"],
  mengingat=["Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara", "Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil"],
  babs=[("JENIS CUTI", ["Cuti PNS terdiri atas: a. cuti tahunan; b. cuti besar; c. cuti sakit; d. cuti melahirkan; e. cuti karena alasan penting; f. cuti bersama; dan g. cuti di luar tanggungan negara."]),
        ("CUTI TAHUNAN", ["PNS dan calon PNS yang telah bekerja paling kurang 1 (satu) tahun secara terus menerus berhak atas cuti tahunan. Lamanya hak atas cuti tahunan adalah 12 (dua belas) hari kerja. Hak cuti tahunan yang tidak digunakan dalam tahun bersangkutan dapat digunakan dalam tahun berikutnya paling lama 18 (delapan belas) hari kerja."]),
        ("CUTI MELAHIRKAN", ["Untuk kelahiran anak pertama sampai dengan kelahiran anak ketiga pada saat menjadi PNS, berhak atas cuti melahirkan. Lamanya cuti melahirkan adalah 3 (tiga) bulan. Selama menggunakan hak atas cuti melahirkan, PNS yang bersangkutan menerima penghasilan PNS.",
                             "Untuk dapat menggunakan hak atas cuti melahirkan, PNS yang bersangkutan mengajukan permintaan secara tertulis kepada Pejabat yang Berwenang Memberikan Cuti."]),
        ("CUTI SAKIT DAN CUTI BESAR", ["Setiap PNS yang menderita sakit berhak atas cuti sakit. PNS yang sakit lebih dari 14 (empat belas) hari berhak atas cuti sakit dengan ketentuan harus mengajukan permintaan secara tertulis dengan melampirkan surat keterangan dokter pemerintah.",
                                       "PNS yang telah bekerja paling singkat 5 (lima) tahun secara terus menerus berhak atas cuti besar paling lama 3 (tiga) bulan."])])

R(slug="perlan-lan-10-2018", title="Perlan LAN 10 2018", issuer=["LEMBAGA ADMINISTRASI NEGARA", "REPUBLIK INDONESIA"], site="jdih.lan.go.id",
  jenis="PERATURAN LEMBAGA ADMINISTRASI NEGARA REPUBLIK INDONESIA", nomor="10", tahun="2018",
  tentang="PENGEMBANGAN KOMPETENSI PEGAWAI NEGERI SIPIL", pejabat="KEPALA LEMBAGA ADMINISTRASI NEGARA", style=2,
  menimbang=["bahwa untuk melaksanakan ketentuan Pasal 212 Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil, perlu menetapkan Peraturan Lembaga Administrasi Negara tentang Pengembangan Kompetensi Pegawai Negeri Sipil"],
  mengingat=["Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara", "Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil"],
  babs=[("KETENTUAN UMUM", ["Pengembangan Kompetensi adalah upaya untuk pemenuhan kebutuhan kompetensi PNS dengan standar kompetensi jabatan dan rencana pengembangan karier. Setiap PNS memiliki hak dan kesempatan yang sama untuk diikutsertakan dalam pengembangan kompetensi paling sedikit 20 (dua puluh) jam pelajaran dalam 1 (satu) tahun."]),
        ("BENTUK PENGEMBANGAN KOMPETENSI", ["Pengembangan kompetensi dalam bentuk pendidikan dilakukan melalui pemberian tugas belajar pada pendidikan formal.",
                                            "Pengembangan kompetensi dalam bentuk pelatihan dilakukan melalui jalur pelatihan klasikal dan nonklasikal. Pelatihan nonklasikal meliputi e-learning, bimbingan di tempat kerja, pelatihan jarak jauh, magang, coaching, mentoring, dan patok banding (benchmarking)."]),
        ("PERENCANAAN DAN EVALUASI", ["Instansi Pemerintah wajib menyusun rencana pengembangan kompetensi tahunan berdasarkan analisis kesenjangan kompetensi dan analisis kesenjangan kinerja. Evaluasi pengembangan kompetensi dilakukan untuk menilai kesesuaian antara kebutuhan kompetensi PNS dan efektivitas pelaksanaan pengembangan kompetensi."])])

R(slug="permenpan-rb-38-2017", title="Permenpan RB 38 2017", issuer=["MENTERI PENDAYAGUNAAN APARATUR NEGARA", "DAN REFORMASI BIROKRASI", "REPUBLIK INDONESIA"], site="jdih.menpan.go.id",
  jenis="PERATURAN MENTERI PENDAYAGUNAAN APARATUR NEGARA DAN REFORMASI BIROKRASI REPUBLIK INDONESIA", nomor="38", tahun="2017",
  tentang="STANDAR KOMPETENSI JABATAN APARATUR SIPIL NEGARA", pejabat="MENTERI PENDAYAGUNAAN APARATUR NEGARA DAN REFORMASI BIROKRASI REPUBLIK INDONESIA", style=1,
  menimbang=["bahwa untuk melaksanakan ketentuan Pasal 69 ayat (5) Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara perlu menetapkan standar kompetensi jabatan ASN"],
  mengingat=["Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara", "Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil"],
  babs=[(None, ["Standar Kompetensi Jabatan adalah deskripsi pengetahuan, keterampilan dan perilaku yang diperlukan seorang ASN dalam melaksanakan tugas jabatan.",
                "Kompetensi meliputi: a. kompetensi teknis, yaitu pengetahuan, keterampilan, dan sikap/perilaku yang dapat diamati, diukur dan dikembangkan yang spesifik berkaitan dengan bidang teknis jabatan; b. kompetensi manajerial, yaitu pengetahuan, keterampilan, dan sikap/perilaku yang dapat diamati, diukur, dikembangkan untuk memimpin dan/atau mengelola unit organisasi; dan c. kompetensi sosial kultural.",
                "Kompetensi manajerial terdiri atas integritas, kerja sama, komunikasi, orientasi pada hasil, pelayanan publik, pengembangan diri dan orang lain, mengelola perubahan, dan pengambilan keputusan. Setiap kompetensi memiliki 5 (lima) level kompetensi."])])

R(slug="permenpan-rb-17-2021", title="Permenpan RB 17 2021", issuer=["MENTERI PENDAYAGUNAAN APARATUR NEGARA", "DAN REFORMASI BIROKRASI", "REPUBLIK INDONESIA"], site="jdih.menpan.go.id",
  jenis="PERATURAN MENTERI PENDAYAGUNAAN APARATUR NEGARA DAN REFORMASI BIROKRASI REPUBLIK INDONESIA", nomor="17", tahun="2021",
  tentang="PENYETARAAN JABATAN ADMINISTRASI KE DALAM JABATAN FUNGSIONAL", pejabat="MENTERI PENDAYAGUNAAN APARATUR NEGARA DAN REFORMASI BIROKRASI REPUBLIK INDONESIA", style=0,
  menimbang=["bahwa dalam rangka penyederhanaan birokrasi melalui penyederhanaan struktur organisasi perlu dilakukan penyetaraan jabatan administrasi ke dalam jabatan fungsional"],
  mengingat=["Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara", "Peraturan Pemerintah Nomor 17 Tahun 2020 tentang Perubahan atas Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil"],
  babs=[(None, ["Penyetaraan jabatan adalah pengangkatan pejabat administrasi ke dalam jabatan fungsional melalui penyesuaian/inpassing pada jabatan fungsional yang setara. Jabatan administrator disetarakan dengan jabatan fungsional jenjang Ahli Madya; jabatan pengawas dengan jenjang Ahli Muda; dan jabatan pelaksana eselon V dengan jenjang Ahli Pertama.",
                "Pejabat fungsional hasil penyetaraan tetap menerima penghasilan paling sedikit sama dengan penghasilan yang diterima pada jabatan administrasi sebelumnya."])])
