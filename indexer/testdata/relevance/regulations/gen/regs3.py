# Regulations, part 3: undang-undang, pelayanan, and the district's own.
from regs1 import R, REGS
LEBONG = ["BUPATI LEBONG", "PROVINSI BENGKULU"]
MENPAN = ["MENTERI PENDAYAGUNAAN APARATUR NEGARA", "DAN REFORMASI BIROKRASI", "REPUBLIK INDONESIA"]
JMENPAN = "PERATURAN MENTERI PENDAYAGUNAAN APARATUR NEGARA DAN REFORMASI BIROKRASI REPUBLIK INDONESIA"
PMENPAN = "MENTERI PENDAYAGUNAAN APARATUR NEGARA DAN REFORMASI BIROKRASI REPUBLIK INDONESIA"
LEBONG_MENGINGAT = ["Undang-Undang Nomor 39 Tahun 2003 tentang Pembentukan Kabupaten Mukomuko, Kabupaten Seluma, Kabupaten Kaur, Kabupaten Lebong, dan Kabupaten Kepahiang di Provinsi Bengkulu", "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah"]

R(slug="uu-25-2009", title="UU 25 2009", issuer=["PRESIDEN", "REPUBLIK INDONESIA"], site="jdih.setneg.go.id",
  jenis="UNDANG-UNDANG REPUBLIK INDONESIA", nomor="25", tahun="2009",
  tentang="PELAYANAN PUBLIK", pejabat="PRESIDEN REPUBLIK INDONESIA", style=0,
  menimbang=["bahwa negara berkewajiban melayani setiap warga negara dan penduduk untuk memenuhi hak dan kebutuhan dasarnya dalam kerangka pelayanan publik yang merupakan amanat Undang-Undang Dasar Negara Republik Indonesia Tahun 1945",
             "bahwa sebagai upaya untuk mempertegas hak dan kewajiban setiap warga negara dan penduduk serta terwujudnya tanggung jawab negara dan korporasi dalam penyelenggaraan pelayanan publik, diperlukan norma hukum yang memberi pengaturan secara jelas"],
  mengingat=["Pasal 5 ayat (1), Pasal 18A ayat (2), Pasal 20, Pasal 21, Pasal 28H ayat (2), dan Pasal 34 ayat (3) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945"],
  babs=[("KETENTUAN UMUM", ["Pelayanan publik adalah kegiatan atau rangkaian kegiatan dalam rangka pemenuhan kebutuhan pelayanan sesuai dengan peraturan perundang-undangan bagi setiap warga negara dan penduduk atas barang, jasa, dan/atau pelayanan administratif yang disediakan oleh penyelenggara pelayanan publik."]),
        ("ASAS", ["Penyelenggaraan pelayanan publik berasaskan: kepentingan umum; kepastian hukum; kesamaan hak; keseimbangan hak dan kewajiban; keprofesionalan; partisipatif; persamaan perlakuan/tidak diskriminatif; keterbukaan; akuntabilitas; fasilitas dan perlakuan khusus bagi kelompok rentan; ketepatan waktu; dan kecepatan, kemudahan, dan keterjangkauan."]),
        ("PENGADUAN", ["Masyarakat berhak mengadukan penyelenggaraan pelayanan publik kepada penyelenggara, ombudsman, dan/atau Dewan Perwakilan Rakyat, Dewan Perwakilan Rakyat Daerah Provinsi, Dewan Perwakilan Rakyat Daerah Kabupaten/Kota. Penyelenggara wajib menyediakan sarana pengaduan dan menugaskan pelaksana yang kompeten dalam pengelolaan pengaduan."]),
        ("SANKSI", ["Penyelenggara atau pelaksana yang melanggar kewajiban dikenai sanksi teguran tertulis, pembebasan dari jabatan, penurunan gaji, atau pemberhentian."])])

R(slug="uu-20-2023", title="UU 20 2023", issuer=["PRESIDEN", "REPUBLIK INDONESIA"], site="jdih.setneg.go.id",
  jenis="UNDANG-UNDANG REPUBLIK INDONESIA", nomor="20", tahun="2023",
  tentang="APARATUR SIPIL NEGARA", pejabat="PRESIDEN REPUBLIK INDONESIA", style=1,
  menimbang=["bahwa dalam rangka mewujudkan tujuan nasional diperlukan ASN yang profesional, berintegritas, netral, dan sejahtera", "bahwa Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara perlu diganti"],
  mengingat=["Pasal 5 ayat (1), Pasal 17, dan Pasal 20 Undang-Undang Dasar Negara Republik Indonesia Tahun 1945"],
  babs=[("KETENTUAN UMUM", ["Aparatur Sipil Negara adalah profesi bagi pegawai negeri sipil dan pegawai pemerintah dengan perjanjian kerja yang bekerja pada instansi pemerintah. Pegawai ASN terdiri atas PNS dan PPPK."]),
        ("NILAI DASAR", ["Nilai dasar ASN adalah berorientasi pelayanan, akuntabel, kompeten, harmonis, loyal, adaptif, dan kolaboratif."]),
        ("PENGEMBANGAN TALENTA", ["Setiap Pegawai ASN wajib melakukan pengembangan kompetensi melalui pembelajaran secara terus-menerus agar tetap relevan dengan tuntutan organisasi. Pengembangan talenta dan karier dilakukan melalui manajemen talenta."])])

R(slug="permenpan-rb-62-2018", title="Permenpan RB 62 2018", issuer=MENPAN, site="jdih.menpan.go.id",
  jenis=JMENPAN, nomor="62", tahun="2018",
  tentang="PEDOMAN SISTEM PENGELOLAAN PENGADUAN PELAYANAN PUBLIK NASIONAL", pejabat=PMENPAN, style=0,
  menimbang=["bahwa untuk meningkatkan kualitas pengelolaan pengaduan pelayanan publik secara terintegrasi perlu pedoman sistem pengelolaan pengaduan pelayanan publik nasional (SP4N)"],
  mengingat=["Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik", "Peraturan Presiden Nomor 76 Tahun 2013 tentang Pengelolaan Pengaduan Pelayanan Publik"],
  babs=[(None, ["Pengaduan adalah penyampaian keluhan yang disampaikan pengadu kepada pengelola pengaduan pelayanan publik atas pelayanan pelaksana yang tidak sesuai dengan standar pelayanan. Pengaduan disampaikan melalui aplikasi LAPOR!, pesan singkat 1708, atau media sosial resmi.",
                "Pengelola pengaduan wajib menindaklanjuti pengaduan paling lambat 5 (lima) hari kerja untuk pengaduan yang tidak memerlukan kajian dan 14 (empat belas) hari kerja untuk pengaduan yang memerlukan kajian.",
                "Setiap unit penyelenggara pelayanan publik menunjuk admin penghubung yang bertugas meneruskan dan memantau tindak lanjut pengaduan."])])

R(slug="perpres-95-2018", title="Perpres 95 2018", issuer=["PRESIDEN", "REPUBLIK INDONESIA"], site="jdih.setneg.go.id",
  jenis="PERATURAN PRESIDEN REPUBLIK INDONESIA", nomor="95", tahun="2018",
  tentang="SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK", pejabat="PRESIDEN REPUBLIK INDONESIA", style=2,
  menimbang=["bahwa untuk mewujudkan tata kelola pemerintahan yang bersih, efektif, transparan, dan akuntabel serta pelayanan publik yang berkualitas dan terpercaya diperlukan sistem pemerintahan berbasis elektronik"],
  mengingat=["Pasal 4 ayat (1) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945"],
  babs=[(None, ["SPBE adalah penyelenggaraan pemerintahan yang memanfaatkan teknologi informasi dan komunikasi untuk memberikan layanan kepada pengguna SPBE. Tata kelola SPBE meliputi rencana induk, arsitektur, peta rencana, rencana dan anggaran, proses bisnis, data dan informasi, infrastruktur, aplikasi, keamanan, dan layanan SPBE.",
                "Instansi pusat dan pemerintah daerah menerapkan layanan administrasi pemerintahan berbasis elektronik, antara lain layanan perencanaan, penganggaran, keuangan, pengadaan barang dan jasa, kepegawaian, kearsipan, pengelolaan barang milik negara, pengawasan, akuntabilitas kinerja, dan layanan lain.",
                "Pemantauan dan evaluasi SPBE dilakukan secara berkala untuk mengukur kemajuan dan meningkatkan kualitas SPBE di instansi pusat dan pemerintah daerah."])])

R(slug="perbup-lebong-12-2024", title="Perbup Lebong 12 2024", issuer=LEBONG, site="jdih.lebongkab.go.id",
  jenis="PERATURAN BUPATI LEBONG", nomor="12", tahun="2024",
  tentang="PEDOMAN PELAKSANAAN PEMBELAJARAN ELEKTRONIK BAGI APARATUR SIPIL NEGARA DI LINGKUNGAN PEMERINTAH KABUPATEN LEBONG", pejabat="BUPATI LEBONG", style=0,
  menimbang=["bahwa untuk memenuhi hak pengembangan kompetensi paling sedikit 20 (dua puluh) jam pelajaran setiap tahun bagi setiap ASN diperlukan penyelenggaraan pembelajaran yang fleksibel dan terjangkau",
             "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Peraturan Bupati tentang Pedoman Pelaksanaan Pembelajaran Elektronik"],
  mengingat=LEBONG_MENGINGAT + ["Peraturan Lembaga Administrasi Negara Nomor 10 Tahun 2018 tentang Pengembangan Kompetensi Pegawai Negeri Sipil"],
  babs=[("KETENTUAN UMUM", ["Pembelajaran Elektronik yang selanjutnya disebut e-learning adalah pelatihan nonklasikal yang diselenggarakan secara daring melalui sistem manajemen pembelajaran milik Pemerintah Daerah."]),
        ("PENYELENGGARAAN", ["E-learning diselenggarakan oleh Badan Kepegawaian dan Pengembangan Sumber Daya Manusia. Setiap modul e-learning memuat tujuan pembelajaran, materi, latihan mandiri, dan evaluasi akhir.",
                             "Peserta dinyatakan lulus apabila menyelesaikan seluruh materi dan memperoleh nilai evaluasi akhir paling rendah 70 (tujuh puluh). Peserta yang lulus memperoleh sertifikat elektronik yang diakui sebagai jam pelajaran pengembangan kompetensi."]),
        ("PEMBIAYAAN", ["Biaya penyelenggaraan e-learning dibebankan pada Anggaran Pendapatan dan Belanja Daerah Kabupaten Lebong."])])

R(slug="perbup-lebong-21-2022", title="Perbup Lebong 21 2022", issuer=LEBONG, site="jdih.lebongkab.go.id",
  jenis="PERATURAN BUPATI LEBONG", nomor="21", tahun="2022",
  tentang="PELAYANAN ADMINISTRASI TERPADU KECAMATAN", pejabat="BUPATI LEBONG", style=1,
  menimbang=["bahwa dalam rangka mendekatkan pelayanan kepada masyarakat perlu dilaksanakan pelayanan administrasi terpadu di kecamatan"],
  mengingat=LEBONG_MENGINGAT + ["Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik", "Peraturan Menteri Dalam Negeri Nomor 4 Tahun 2010 tentang Pedoman Pelayanan Administrasi Terpadu Kecamatan"],
  babs=[(None, ["PATEN adalah penyelenggaraan pelayanan publik di kecamatan dari tahap permohonan sampai ke tahap terbitnya dokumen dalam satu tempat. Pelayanan di kecamatan meliputi pelayanan perizinan nonberusaha dan pelayanan nonperizinan, antara lain surat keterangan domisili, surat pengantar kependudukan, dan rekomendasi.",
                "Camat menetapkan standar pelayanan untuk setiap jenis pelayanan PATEN yang memuat persyaratan, prosedur, waktu penyelesaian, biaya, dan produk layanan. Pelayanan PATEN tidak dipungut biaya.",
                "Camat melaksanakan survei kepuasan masyarakat terhadap pelayanan PATEN paling sedikit 1 (satu) kali dalam setahun dan melaporkannya kepada Bupati."])])

R(slug="perbup-lebong-3-2025", title="Perbup Lebong 3 2025", issuer=LEBONG, site="jdih.lebongkab.go.id",
  jenis="PERATURAN BUPATI LEBONG", nomor="3", tahun="2025",
  tentang="TAMBAHAN PENGHASILAN PEGAWAI APARATUR SIPIL NEGARA DI LINGKUNGAN PEMERINTAH KABUPATEN LEBONG", pejabat="BUPATI LEBONG", style=0,
  menimbang=["bahwa untuk meningkatkan kesejahteraan, disiplin, dan kinerja ASN, Pemerintah Daerah dapat memberikan tambahan penghasilan pegawai sesuai kemampuan keuangan daerah"],
  mengingat=LEBONG_MENGINGAT + ["Peraturan Pemerintah Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan Daerah"],
  babs=[(None, ["Tambahan Penghasilan Pegawai (TPP) diberikan berdasarkan pertimbangan beban kerja, tempat bertugas, kondisi kerja, kelangkaan profesi, dan prestasi kerja.",
                "Besaran TPP yang diterima setiap bulan dihitung dari 40% (empat puluh persen) berdasarkan disiplin kerja dan 60% (enam puluh persen) berdasarkan produktivitas kerja. Pegawai yang terlambat masuk kerja atau pulang sebelum waktunya dikenakan pengurangan TPP disiplin kerja.",
                "TPP tidak dibayarkan kepada pegawai yang sedang menjalani cuti di luar tanggungan negara atau dijatuhi hukuman disiplin berat."])])

R(slug="perbup-lebong-15-2023", title="Perbup Lebong 15 2023", issuer=LEBONG, site="jdih.lebongkab.go.id",
  jenis="PERATURAN BUPATI LEBONG", nomor="15", tahun="2023",
  tentang="HARI KERJA DAN JAM KERJA APARATUR SIPIL NEGARA", pejabat="BUPATI LEBONG", style=2,
  menimbang=["bahwa untuk meningkatkan disiplin dan pelayanan kepada masyarakat perlu mengatur hari kerja dan jam kerja pegawai di lingkungan Pemerintah Kabupaten Lebong"],
  mengingat=LEBONG_MENGINGAT + ["Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil"],
  babs=[(None, ["Hari kerja ditetapkan 5 (lima) hari kerja, Senin sampai dengan Jumat. Jam kerja Senin sampai dengan Kamis pukul 07.30 sampai dengan 16.00 WIB dan Jumat pukul 07.30 sampai dengan 16.30 WIB dengan waktu istirahat.",
                "Perangkat daerah yang memberikan pelayanan langsung kepada masyarakat dapat menerapkan pengaturan jam kerja bergilir (sif). Kehadiran pegawai dicatat melalui presensi elektronik berbasis lokasi."])])

R(slug="perbup-lebong-8-2024", title="Perbup Lebong 8 2024", issuer=LEBONG, site="jdih.lebongkab.go.id",
  jenis="PERATURAN BUPATI LEBONG", nomor="8", tahun="2024",
  tentang="TATA CARA PEMBAGIAN DAN PENETAPAN RINCIAN ALOKASI DANA DESA TAHUN ANGGARAN 2024", pejabat="BUPATI LEBONG", style=1,
  menimbang=["bahwa untuk melaksanakan ketentuan Pasal 96 Peraturan Pemerintah Nomor 43 Tahun 2014, pemerintah kabupaten mengalokasikan dalam APBD alokasi dana desa paling sedikit 10% (sepuluh persen) dari dana perimbangan setelah dikurangi dana alokasi khusus"],
  mengingat=LEBONG_MENGINGAT + ["Undang-Undang Nomor 6 Tahun 2014 tentang Desa", "Peraturan Menteri Dalam Negeri Nomor 20 Tahun 2018 tentang Pengelolaan Keuangan Desa"],
  babs=[(None, ["Alokasi Dana Desa (ADD) dibagi kepada setiap desa dengan memperhatikan kebutuhan penghasilan tetap kepala desa dan perangkat desa, jumlah penduduk, angka kemiskinan, luas wilayah, dan tingkat kesulitan geografis.",
                "ADD digunakan untuk penghasilan tetap dan tunjangan kepala desa dan perangkat desa, operasional pemerintahan desa, tunjangan dan operasional Badan Permusyawaratan Desa, serta insentif rukun tetangga dan rukun warga.",
                "Penyaluran ADD dilakukan setiap triwulan dari Rekening Kas Umum Daerah ke Rekening Kas Desa setelah camat memverifikasi laporan realisasi penggunaan ADD tahap sebelumnya."])])

R(slug="perbup-lebong-5-2025", title="Perbup Lebong 5 2025", issuer=LEBONG, site="jdih.lebongkab.go.id",
  jenis="PERATURAN BUPATI LEBONG", nomor="5", tahun="2025",
  tentang="PROGRAM MENTORING DAN COACHING BAGI PEGAWAI APARATUR SIPIL NEGARA", pejabat="BUPATI LEBONG", style=0,
  menimbang=["bahwa pengembangan kompetensi pegawai di tempat kerja melalui bimbingan atasan dan pegawai senior perlu dilaksanakan secara terstruktur"],
  mengingat=LEBONG_MENGINGAT + ["Peraturan Lembaga Administrasi Negara Nomor 10 Tahun 2018 tentang Pengembangan Kompetensi Pegawai Negeri Sipil"],
  babs=[(None, ["Mentoring adalah proses pembimbingan oleh pegawai yang lebih berpengalaman (mentor) kepada pegawai lain (mentee) untuk mengembangkan kapasitas dan karier. Coaching adalah percakapan terstruktur antara atasan dan bawahan untuk meningkatkan kinerja.",
                "Setiap perangkat daerah menetapkan paling sedikit 1 (satu) mentor untuk setiap 5 (lima) pegawai baru. Kegiatan mentoring dilaksanakan paling sedikit 2 (dua) kali dalam sebulan selama 6 (enam) bulan dan dicatat dalam lembar kegiatan.",
                "Hasil mentoring dan coaching diakui sebagai jam pelajaran pengembangan kompetensi paling banyak 10 (sepuluh) jam pelajaran setiap tahun."])])

R(slug="permenpan-rb-1-2023", title="Permenpan RB 1 2023", issuer=MENPAN, site="jdih.menpan.go.id",
  jenis=JMENPAN, nomor="1", tahun="2023",
  tentang="JABATAN FUNGSIONAL", pejabat=PMENPAN, style=1,
  menimbang=["bahwa untuk mewujudkan jabatan fungsional yang lebih adaptif dan kolaboratif perlu mengatur kembali ketentuan mengenai jabatan fungsional"],
  mengingat=["Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara", "Peraturan Pemerintah Nomor 17 Tahun 2020 tentang Perubahan atas Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil"],
  babs=[(None, ["Jabatan fungsional keahlian terdiri atas jenjang Ahli Pertama, Ahli Muda, Ahli Madya, dan Ahli Utama. Jabatan fungsional keterampilan terdiri atas jenjang Pemula, Terampil, Mahir, dan Penyelia.",
                "Angka kredit pejabat fungsional ditetapkan berdasarkan konversi predikat kinerja tahunan. Kenaikan pangkat dan jenjang jabatan fungsional dilaksanakan apabila angka kredit kumulatif terpenuhi dan lulus uji kompetensi."])])
