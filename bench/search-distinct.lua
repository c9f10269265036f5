-- bench/search-distinct.lua - wrk script: every request asks /api/search a
-- query of 1-3 words drawn at random from the vocabulary of the corpus: the
-- 400 most frequent words of four letters or more in the bodies of the
-- 1,000-page gen-corpus, stop words left out. With two or three words
-- (160,000 or 64 million combinations) nearly every request is a new query
-- and misses the server's result cache; one word has only 400, which the
-- cache soon holds. The word count is fixed by the WORDS environment
-- variable (1, 2 or 3; default: random).
--   wrk -t2 -c16 -d10s -s bench/search-distinct.lua http://127.0.0.1:8817
local vocab = {
  "tahun", "kerja", "nomor", "informasi", "pejabat", "anggaran", "data", "pengelola", "pelatihan",
  "laporan", "rencana", "tentang", "hasil", "kegiatan", "ketentuan", "hari", "kinerja", "kepala",
  "sesuai", "dokumen", "unit", "peserta", "waktu", "sistem", "setelah", "dinas", "lanjut",
  "evaluasi", "surat", "ditetapkan", "pegawai", "biro", "menyampaikan", "pelaksanaan", "jawab",
  "pelaksana", "wajib", "pengadaan", "teknologi", "perlu", "berwenang", "sekretaris", "pelayanan",
  "berlaku", "mengenai", "undang", "peraturan", "kepegawaian", "operasional", "kantor",
  "keputusan", "materi", "pemerintah", "sebelum", "risiko", "target", "masyarakat", "daftar",
  "layanan", "triwulan", "negara", "diharapkan", "melalui", "keuangan", "pengembangan", "usulan",
  "paling", "lambat", "kompetensi", "belum", "disampaikan", "pembelajaran", "elektronik",
  "inspektorat", "langsung", "perencanaan", "pemeriksaan", "persetujuan", "lingkungan",
  "koordinasi", "internal", "barang", "lebih", "pribadi", "bagi", "dilaksanakan", "pusat",
  "tindak", "pelaporan", "pengawasan", "prosedur", "aplikasi", "pengawas", "atasan", "rangka",
  "pembuat", "komitmen", "fasilitator", "evaluator", "bendahara", "pengeluaran", "utama",
  "pemeriksa", "penilai", "panitia", "jadwal", "penyelenggara", "disetujui", "penyusun",
  "tanggung", "koordinator", "bidang", "bahan", "berkala", "tepat", "standar", "register",
  "mengusulkan", "sanksi", "atas", "bertanggung", "selaku", "wilayah", "jangka", "edaran", "badan",
  "terdapat", "tertib", "basis", "penyimpangan", "terhadap", "dikenakan", "apabila", "seluruh",
  "transparan", "cermat", "selama", "memperoleh", "sebagaimana", "dimaksud", "menjadi", "rapat",
  "menyepakati", "agar", "akuntabel", "diatur", "berjenjang", "menyeluruh", "indikator", "tingkat",
  "memperhatikan", "terpadu", "prinsip", "menteri", "semakin", "meningkat", "berkoordinasi",
  "jenderal", "nota", "berdasarkan", "masih", "berpedoman", "kehati", "hatian", "bersifat",
  "diterima", "pengaduan", "sesi", "naskah", "isian", "pengelolaan", "sertifikat", "kode", "arsip",
  "strategis", "perjanjian", "jaringan", "kontinuitas", "publik", "intranet", "kontrak", "sama",
  "gedung", "belanja", "kurikulum", "peta", "proses", "bisnis", "program", "semester", "etik",
  "rekomendasi", "cadangan", "kendaraan", "karier", "tahunan", "gratifikasi", "dinamis",
  "tunjangan", "formasi", "harta", "kekayaan", "hadir", "milik", "akses", "portofolio", "uang",
  "persediaan", "awal", "survei", "kepuasan", "jabatan", "fungsional", "kebutuhan", "maklumat",
  "akhir", "berjalan", "kenaikan", "pangkat", "perintah", "pembayaran", "selambat", "kalender",
  "persentase", "lambatnya", "batas", "minggu", "pengendalian", "kedua", "bulan", "berikutnya",
  "dimulai", "keterbukaan", "mampu", "mengikuti", "temuan", "diusulkan", "narasumber", "pelajaran",
  "kepatuhan", "daring", "penugasan", "kebijakan", "dilaporkan", "memanfaatkan", "diserahkan",
  "officer", "manajemen", "ditingkatkan", "hukum", "dasar", "periode", "mencapai", "persen",
  "perubahan", "menunjukkan", "teknis", "ditindaklanjuti", "working", "days", "analisis", "tujuan",
  "jasa", "berbasis", "reformasi", "birokrasi", "terkait", "dievaluasi", "kepentingan", "umum",
  "pemerintahan", "kearsipan", "pelindungan", "budget", "intern", "training", "disiplin", "latar",
  "belakang", "aparatur", "sipil", "ruang", "lingkup", "audit", "dikembangkan", "information",
  "dukungan", "memadai", "klasifikasi", "plan", "penyusunan", "penyesuaian", "integrasi",
  "performance", "manner", "work", "peningkatan", "penyelenggaraan", "memastikan", "pengarsipan",
  "pembatalan", "perhitungan", "penerimaan", "penghimpunan", "pemantauan", "evaluation",
  "kesesuaian", "menjamin", "verifikasi", "pembaruan", "melibatkan", "pemangku", "pengesahan",
  "records", "diperbaiki", "kelancaran", "penyederhanaan", "team", "pengalokasian", "pemulihan",
  "publikasi", "head", "penghapusan", "penetapan", "kelengkapan", "keberhasilan", "meningkatkan",
  "pengamanan", "ketepatan", "penentuan", "keabsahan", "pengangkatan", "pemberhentian",
  "disempurnakan", "mengupayakan", "sosialisasi", "pengiriman", "identifikasi", "pengajuan",
  "pencatatan", "ketersediaan", "praktik", "perpanjangan", "keberlanjutan", "simulasi",
  "penyerahan", "perlindungan", "keamanan", "keandalan", "penyimpanan", "kunjungan", "lapangan",
  "penyampaian", "kemudahan", "kecepatan", "pemindahan", "penyediaan", "pemutakhiran",
  "pengukuran", "pengukuhan", "metode", "studi", "kasus", "pembinaan", "pemanfaatan",
  "pendokumentasian", "ceramah", "interaktif", "individu", "penilaian", "management", "diskusi",
  "kelompok", "organisasi", "membatalkan", "mengikat", "mengirimkan", "mengawasi",
  "mengidentifikasi", "melindungi", "capaian", "mendokumentasikan", "rahasia", "mengangkat",
  "tahapan", "penanggung", "maksud", "mengklasifikasikan", "menilai", "mengarsipkan", "menghimpun",
  "menyederhanakan", "menganalisis", "memantau", "responsible", "mengintegrasikan", "memulihkan",
  "mencatat", "menyusun", "mempublikasikan",
}
local fixed = tonumber(os.getenv("WORDS") or "")
local n = 0

function setup(thread)
  n = n + 1
  thread:set("seed", n)
end

function init(args)
  math.randomseed(os.time() * 1000 + (seed or 0))
end

function request()
  local k = fixed or math.random(1, 3)
  local words = {}
  for i = 1, k do
    words[i] = vocab[math.random(#vocab)]
  end
  return wrk.format("GET", "/api/search?q=" .. table.concat(words, "+"))
end
