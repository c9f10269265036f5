# Regulations, part 2: pengadaan, keuangan, desa, pelayanan, daerah.
from regs1 import R, REGS
MENDAGRI = ["MENTERI DALAM NEGERI", "REPUBLIK INDONESIA"]
LEBONG = ["BUPATI LEBONG", "PROVINSI BENGKULU"]

R(slug="perpres-16-2018", title="Perpres 16 2018", issuer=["PRESIDEN", "REPUBLIK INDONESIA"], site="jdih.setneg.go.id",
  jenis="PERATURAN PRESIDEN REPUBLIK INDONESIA", nomor="16", tahun="2018",
  tentang="PENGADAAN BARANG/JASA PEMERINTAH", pejabat="PRESIDEN REPUBLIK INDONESIA", style=0,
  menimbang=["bahwa pengadaan barang/jasa pemerintah mempunyai peran penting dalam pelaksanaan pembangunan nasional untuk peningkatan pelayanan publik dan pengembangan perekonomian nasional dan daerah"],
  mengingat=["Pasal 4 ayat (1) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945", "Undang-Undang Nomor 17 Tahun 2003 tentang Keuangan Negara"],
  babs=[("KETENTUAN UMUM", ["Pengadaan Barang/Jasa Pemerintah adalah kegiatan pengadaan barang/jasa oleh kementerian/lembaga/perangkat daerah yang dibiayai oleh APBN/APBD yang prosesnya sejak identifikasi kebutuhan, sampai dengan serah terima hasil pekerjaan."]),
        ("PELAKU PENGADAAN", ["Pelaku pengadaan barang/jasa terdiri atas: a. Pengguna Anggaran; b. Kuasa Pengguna Anggaran; c. Pejabat Pembuat Komitmen; d. Pejabat Pengadaan; e. Pokja Pemilihan; f. Agen Pengadaan; g. Penyelenggara Swakelola; dan h. Penyedia."]),
        ("METODE PEMILIHAN", ["Metode pemilihan penyedia barang/pekerjaan konstruksi/jasa lainnya terdiri atas: a. E-purchasing; b. Pengadaan Langsung; c. Penunjukan Langsung; d. Tender Cepat; dan e. Tender.",
                              "Pengadaan Langsung untuk barang/pekerjaan konstruksi/jasa lainnya dilaksanakan untuk nilai paling banyak Rp200.000.000,00 (dua ratus juta rupiah). Pengadaan Langsung untuk jasa konsultansi dilaksanakan untuk nilai paling banyak Rp100.000.000,00 (seratus juta rupiah)."]),
        ("SWAKELOLA", ["Pengadaan melalui swakelola dapat dilakukan oleh kementerian/lembaga/perangkat daerah penanggung jawab anggaran, instansi pemerintah lain, organisasi kemasyarakatan, atau kelompok masyarakat."])])

R(slug="perpres-12-2021", title="Perpres 12 2021", issuer=["PRESIDEN", "REPUBLIK INDONESIA"], site="jdih.setneg.go.id",
  jenis="PERATURAN PRESIDEN REPUBLIK INDONESIA", nomor="12", tahun="2021",
  tentang="PERUBAHAN ATAS PERATURAN PRESIDEN NOMOR 16 TAHUN 2018 TENTANG PENGADAAN BARANG/JASA PEMERINTAH", pejabat="PRESIDEN REPUBLIK INDONESIA", style=1,
  menimbang=["bahwa untuk melaksanakan ketentuan Undang-Undang Nomor 11 Tahun 2020 tentang Cipta Kerja, perlu mengubah Peraturan Presiden Nomor 16 Tahun 2018 tentang Pengadaan Barang/Jasa Pemerintah"],
  mengingat=["Pasal 4 ayat (1) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945", "Peraturan Presiden Nomor 16 Tahun 2018 tentang Pengadaan Barang/Jasa Pemerintah"],
  babs=[(None, ["Ketentuan Pasal 38 diubah sehingga berbunyi: Pengadaan Langsung dilaksanakan untuk barang/pekerjaan konstruksi/jasa lainnya yang bernilai paling banyak Rp200.000.000,00 (dua ratus juta rupiah); dan untuk jasa konsultansi yang bernilai paling banyak Rp100.000.000,00 (seratus juta rupiah).",
                "Kementerian/lembaga/perangkat daerah wajib menggunakan produk dalam negeri, termasuk rancang bangun dan perekayasaan nasional, serta mengalokasikan paling sedikit 40% (empat puluh persen) nilai anggaran belanja barang/jasa untuk usaha mikro, usaha kecil, dan koperasi dari hasil produksi dalam negeri."])])

R(slug="perlem-lkpp-12-2021", title="Perlem LKPP 12 2021", issuer=["LEMBAGA KEBIJAKAN PENGADAAN BARANG/JASA PEMERINTAH", "REPUBLIK INDONESIA"], site="jdih.lkpp.go.id",
  jenis="PERATURAN LEMBAGA KEBIJAKAN PENGADAAN BARANG/JASA PEMERINTAH REPUBLIK INDONESIA", nomor="12", tahun="2021",
  tentang="PEDOMAN PELAKSANAAN PENGADAAN BARANG/JASA PEMERINTAH MELALUI PENYEDIA", pejabat="KEPALA LEMBAGA KEBIJAKAN PENGADAAN BARANG/JASA PEMERINTAH", style=2,
  menimbang=["bahwa untuk melaksanakan ketentuan Pasal 75 ayat (4) Peraturan Presiden Nomor 16 Tahun 2018 sebagaimana telah diubah dengan Peraturan Presiden Nomor 12 Tahun 2021, perlu menetapkan pedoman pelaksanaan pengadaan melalui penyedia"],
  mengingat=["Peraturan Presiden Nomor 16 Tahun 2018 tentang Pengadaan Barang/Jasa Pemerintah", "Peraturan Presiden Nomor 12 Tahun 2021 tentang Perubahan atas Peraturan Presiden Nomor 16 Tahun 2018 tentang Pengadaan Barang/Jasa Pemerintah"],
  babs=[(None, ["Pedoman ini mengatur tahapan persiapan pengadaan, pelaksanaan pemilihan penyedia, dan pelaksanaan kontrak. Persiapan pengadaan melalui penyedia meliputi penetapan Harga Perkiraan Sendiri (HPS), rancangan kontrak, spesifikasi teknis/Kerangka Acuan Kerja (KAK), dan uang muka, jaminan uang muka, jaminan pemeliharaan.",
                "HPS dihitung secara keahlian dan menggunakan data yang dapat dipertanggungjawabkan, antara lain harga pasar setempat, informasi biaya yang dipublikasikan, dan harga kontrak sebelumnya. Nilai HPS bersifat terbuka dan tidak rahasia.",
                "Pelaksanaan pengadaan langsung dilakukan oleh Pejabat Pengadaan dengan cara permintaan penawaran kepada pelaku usaha yang memenuhi kualifikasi, klarifikasi dan negosiasi teknis dan harga. Bukti perjanjian untuk pengadaan langsung berupa bukti pembelian/pembayaran, kuitansi, atau Surat Perintah Kerja (SPK)."])])

R(slug="perlem-lkpp-3-2021", title="Perlem LKPP 3 2021", issuer=["LEMBAGA KEBIJAKAN PENGADAAN BARANG/JASA PEMERINTAH", "REPUBLIK INDONESIA"], site="jdih.lkpp.go.id",
  jenis="PERATURAN LEMBAGA KEBIJAKAN PENGADAAN BARANG/JASA PEMERINTAH REPUBLIK INDONESIA", nomor="3", tahun="2021",
  tentang="PEDOMAN SWAKELOLA", pejabat="KEPALA LEMBAGA KEBIJAKAN PENGADAAN BARANG/JASA PEMERINTAH", style=0,
  menimbang=["bahwa untuk melaksanakan ketentuan Pasal 75 ayat (4) Peraturan Presiden Nomor 16 Tahun 2018 perlu menetapkan pedoman pengadaan barang/jasa melalui swakelola"],
  mengingat=["Peraturan Presiden Nomor 16 Tahun 2018 tentang Pengadaan Barang/Jasa Pemerintah"],
  babs=[(None, ["Swakelola adalah cara memperoleh barang/jasa yang dikerjakan sendiri oleh kementerian/lembaga/perangkat daerah, instansi pemerintah lain, organisasi kemasyarakatan, atau kelompok masyarakat.",
                "Tipe swakelola terdiri atas: Tipe I direncanakan, dilaksanakan, dan diawasi oleh penanggung jawab anggaran; Tipe II dilaksanakan oleh instansi pemerintah lain pelaksana swakelola; Tipe III dilaksanakan oleh organisasi kemasyarakatan; dan Tipe IV dilaksanakan oleh kelompok masyarakat.",
                "Pembayaran swakelola tipe IV dilakukan secara bertahap berdasarkan kemajuan pelaksanaan pekerjaan dan dilaporkan dengan bukti pertanggungjawaban."])])

R(slug="permendagri-20-2018", title="Permendagri 20 2018", issuer=MENDAGRI, site="jdih.kemendagri.go.id",
  jenis="PERATURAN MENTERI DALAM NEGERI REPUBLIK INDONESIA", nomor="20", tahun="2018",
  tentang="PENGELOLAAN KEUANGAN DESA", pejabat="MENTERI DALAM NEGERI REPUBLIK INDONESIA", style=0,
  menimbang=["bahwa untuk melaksanakan ketentuan Pasal 106 Peraturan Pemerintah Nomor 43 Tahun 2014 tentang Peraturan Pelaksanaan Undang-Undang Nomor 6 Tahun 2014 tentang Desa, perlu menetapkan Peraturan Menteri Dalam Negeri tentang Pengelolaan Keuangan Desa"],
  mengingat=["Undang-Undang Nomor 6 Tahun 2014 tentang Desa", "Peraturan Pemerintah Nomor 43 Tahun 2014 tentang Peraturan Pelaksanaan Undang-Undang Nomor 6 Tahun 2014 tentang Desa"],
  babs=[("KETENTUAN UMUM", ["Keuangan Desa adalah semua hak dan kewajiban Desa yang dapat dinilai dengan uang serta segala sesuatu berupa uang dan barang yang berhubungan dengan pelaksanaan hak dan kewajiban Desa. Pengelolaan Keuangan Desa adalah keseluruhan kegiatan yang meliputi perencanaan, pelaksanaan, penatausahaan, pelaporan, dan pertanggungjawaban keuangan Desa."]),
        ("KEKUASAAN PENGELOLAAN KEUANGAN DESA", ["Kepala Desa adalah pemegang kekuasaan pengelolaan keuangan Desa. Kepala Desa menguasakan sebagian kekuasaannya kepada perangkat Desa selaku Pelaksana Pengelolaan Keuangan Desa (PPKD), yaitu sekretaris Desa sebagai koordinator, kaur dan kasi sebagai pelaksana kegiatan anggaran, dan kaur keuangan sebagai bendahara Desa."]),
        ("APB DESA", ["APB Desa terdiri atas pendapatan Desa, belanja Desa, dan pembiayaan Desa. Pendapatan Desa terdiri atas pendapatan asli Desa, transfer (Dana Desa, bagian dari hasil pajak daerah dan retribusi daerah, Alokasi Dana Desa, bantuan keuangan), dan pendapatan lain.",
                      "Rancangan Peraturan Desa tentang APB Desa disepakati bersama Kepala Desa dan Badan Permusyawaratan Desa paling lambat bulan Oktober tahun berjalan."]),
        ("PENATAUSAHAAN DAN PELAPORAN", ["Bendahara Desa wajib melakukan pencatatan setiap penerimaan dan pengeluaran dalam buku kas umum. Kepala Desa menyampaikan laporan pelaksanaan APB Desa semester pertama kepada Bupati/Wali Kota melalui camat paling lambat minggu kedua bulan Juli tahun berjalan."])])

R(slug="permendagri-73-2020", title="Permendagri 73 2020", issuer=MENDAGRI, site="jdih.kemendagri.go.id",
  jenis="PERATURAN MENTERI DALAM NEGERI REPUBLIK INDONESIA", nomor="73", tahun="2020",
  tentang="PENGAWASAN PENGELOLAAN KEUANGAN DESA", pejabat="MENTERI DALAM NEGERI REPUBLIK INDONESIA", style=1,
  menimbang=["bahwa untuk meningkatkan akuntabilitas pengelolaan keuangan Desa perlu dilakukan pengawasan secara berjenjang"],
  mengingat=["Undang-Undang Nomor 6 Tahun 2014 tentang Desa", "Peraturan Menteri Dalam Negeri Nomor 20 Tahun 2018 tentang Pengelolaan Keuangan Desa"],
  babs=[(None, ["Pengawasan pengelolaan keuangan Desa dilakukan oleh aparat pengawas intern pemerintah (APIP) kementerian, provinsi, dan kabupaten/kota, serta camat dan Badan Permusyawaratan Desa.",
                "Camat melakukan pengawasan melalui evaluasi rancangan APB Desa yang didelegasikan oleh Bupati, fasilitasi, dan pembinaan penatausahaan keuangan Desa.",
                "Hasil pengawasan berupa temuan ditindaklanjuti oleh Kepala Desa paling lama 60 (enam puluh) hari sejak laporan hasil pengawasan diterima."])])

R(slug="permendesa-7-2023", title="Permendesa PDTT 7 2023", issuer=["MENTERI DESA, PEMBANGUNAN DAERAH TERTINGGAL,", "DAN TRANSMIGRASI", "REPUBLIK INDONESIA"], site="jdih.kemendesa.go.id",
  jenis="PERATURAN MENTERI DESA, PEMBANGUNAN DAERAH TERTINGGAL, DAN TRANSMIGRASI REPUBLIK INDONESIA", nomor="7", tahun="2023",
  tentang="RINCIAN PRIORITAS PENGGUNAAN DANA DESA TAHUN 2024", pejabat="MENTERI DESA, PEMBANGUNAN DAERAH TERTINGGAL, DAN TRANSMIGRASI REPUBLIK INDONESIA", style=0,
  menimbang=["bahwa untuk melaksanakan ketentuan Pasal 19 ayat (2) Peraturan Pemerintah Nomor 60 Tahun 2014 tentang Dana Desa yang Bersumber dari Anggaran Pendapatan dan Belanja Negara perlu menetapkan prioritas penggunaannya"],
  mengingat=["Undang-Undang Nomor 6 Tahun 2014 tentang Desa", "Peraturan Pemerintah Nomor 60 Tahun 2014 tentang Dana Desa yang Bersumber dari Anggaran Pendapatan dan Belanja Negara"],
  babs=[(None, ["Dana Desa diprioritaskan untuk: a. penanganan kemiskinan ekstrem melalui bantuan langsung tunai Desa paling banyak 25% (dua puluh lima persen); b. program ketahanan pangan dan hewani paling sedikit 20% (dua puluh persen); c. pencegahan dan penurunan stunting skala Desa; d. dukungan program sektor prioritas di Desa; e. program atau kegiatan padat karya tunai Desa.",
                "Penggunaan Dana Desa dibahas dan disepakati dalam musyawarah Desa dan dituangkan dalam Rencana Kerja Pemerintah Desa. Penggunaan Dana Desa dipublikasikan kepada masyarakat melalui papan informasi di ruang publik."])])

R(slug="pp-12-2019", title="PP 12 2019", issuer=["PRESIDEN", "REPUBLIK INDONESIA"], site="jdih.setneg.go.id",
  jenis="PERATURAN PEMERINTAH REPUBLIK INDONESIA", nomor="12", tahun="2019",
  tentang="PENGELOLAAN KEUANGAN DAERAH", pejabat="PRESIDEN REPUBLIK INDONESIA", style=2,
  menimbang=["bahwa untuk melaksanakan ketentuan Pasal 293 dan Pasal 330 Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah, perlu menetapkan Peraturan Pemerintah tentang Pengelolaan Keuangan Daerah"],
  mengingat=["Pasal 5 ayat (2) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945", "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah"],
  babs=[("KETENTUAN UMUM", ["Pengelolaan Keuangan Daerah adalah keseluruhan kegiatan yang meliputi perencanaan, penganggaran, pelaksanaan, penatausahaan, pelaporan, pertanggungjawaban, dan pengawasan keuangan daerah."]),
        ("APBD", ["APBD mempunyai fungsi otorisasi, perencanaan, pengawasan, alokasi, distribusi, dan stabilisasi. APBD terdiri atas pendapatan daerah, belanja daerah, dan pembiayaan daerah. Belanja daerah diklasifikasikan menjadi belanja operasi, belanja modal, belanja tidak terduga, dan belanja transfer."]),
        ("PERTANGGUNGJAWABAN", ["Kepala daerah menyampaikan rancangan Perda tentang pertanggungjawaban pelaksanaan APBD kepada DPRD paling lambat 6 (enam) bulan setelah tahun anggaran berakhir, dilampiri laporan keuangan yang telah diperiksa oleh Badan Pemeriksa Keuangan."])])

R(slug="pmk-99-2025", title="PMK 099 2025", issuer=["MENTERI KEUANGAN", "REPUBLIK INDONESIA"], site="jdih.kemenkeu.go.id",
  jenis="PERATURAN MENTERI KEUANGAN REPUBLIK INDONESIA", nomor="99", tahun="2025",
  tentang="PENGELOLAAN DANA DESA TAHUN ANGGARAN 2026", pejabat="MENTERI KEUANGAN REPUBLIK INDONESIA", style=1,
  menimbang=["bahwa untuk melaksanakan ketentuan Undang-Undang tentang Anggaran Pendapatan dan Belanja Negara Tahun Anggaran 2026, perlu mengatur pengalokasian, penyaluran, penggunaan, pemantauan, dan evaluasi Dana Desa"],
  mengingat=["Undang-Undang Nomor 17 Tahun 2003 tentang Keuangan Negara", "Undang-Undang Nomor 6 Tahun 2014 tentang Desa"],
  babs=[("PENGALOKASIAN", ["Dana Desa dialokasikan kepada setiap Desa dengan memperhitungkan alokasi dasar, alokasi afirmasi, alokasi kinerja, dan alokasi formula. Rincian Dana Desa setiap Desa ditetapkan dengan peraturan bupati/wali kota."]),
        ("PENYALURAN", ["Penyaluran Dana Desa dilakukan melalui pemindahbukuan dari Rekening Kas Umum Negara ke Rekening Kas Desa dalam 2 (dua) tahap untuk Desa mandiri dan 3 (tiga) tahap untuk Desa lainnya.",
                        "Penyaluran tahap I dilakukan paling cepat bulan Januari setelah bupati/wali kota menyampaikan peraturan bupati mengenai tata cara pembagian dan penetapan rincian Dana Desa, peraturan Desa mengenai APB Desa, dan surat kuasa pemindahbukuan."]),
        ("SANKSI", ["Dalam hal kepala Desa tidak menyampaikan laporan realisasi penyerapan dan capaian keluaran Dana Desa, penyaluran Dana Desa tahap berikutnya ditunda."])])

R(slug="pmk-83-2022", title="PMK 83 2022", issuer=["MENTERI KEUANGAN", "REPUBLIK INDONESIA"], site="jdih.kemenkeu.go.id",
  jenis="PERATURAN MENTERI KEUANGAN REPUBLIK INDONESIA", nomor="83/PMK.02", tahun="2022",
  tentang="STANDAR BIAYA MASUKAN TAHUN ANGGARAN 2023", pejabat="MENTERI KEUANGAN REPUBLIK INDONESIA", style=0,
  menimbang=["bahwa dalam rangka efisiensi dan efektivitas penyusunan Rencana Kerja dan Anggaran Kementerian Negara/Lembaga, perlu menetapkan standar biaya masukan"],
  mengingat=["Undang-Undang Nomor 17 Tahun 2003 tentang Keuangan Negara"],
  babs=[(None, ["Standar Biaya Masukan merupakan satuan biaya berupa harga satuan, tarif, dan indeks yang digunakan untuk menyusun biaya komponen keluaran. Standar biaya masukan berfungsi sebagai batas tertinggi yang besarannya tidak dapat dilampaui.",
                "Satuan biaya uang harian perjalanan dinas dalam negeri untuk Provinsi Bengkulu sebesar Rp380.000,00 per orang per hari untuk luar kota. Satuan biaya penginapan perjalanan dinas dalam negeri dibedakan menurut golongan pegawai.",
                "Satuan biaya honorarium narasumber kegiatan pelatihan diberikan per orang per jam pelajaran sesuai jenjang jabatan narasumber."])])
