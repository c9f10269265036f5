-- bench/search-distinct.lua - wrk script: every request asks /api/search a
-- query of 1-3 words drawn at random from the vocabulary of the corpus
-- (gen-corpus: Indonesian administrative prose), so nearly every request
-- is a new query and misses the server's result cache. The word count is
-- fixed by the WORDS environment variable (1, 2 or 3; default: random).
--   wrk -t2 -c16 -d10s -s bench/search-distinct.lua http://127.0.0.1:8817
local vocab = {
  "pelatihan", "laporan", "keuangan", "pengadaan", "barang", "jasa", "kompetensi", "anggaran",
  "register", "risiko", "pengaduan", "masyarakat", "sistem", "informasi", "daring", "evaluasi",
  "kinerja", "arsip", "dinamis", "formasi", "pegawai", "rencana", "tindak", "lanjut", "reformasi",
  "birokrasi", "menyusun", "pelayanan", "prima", "pengawasan", "pemeriksaan", "penilaian",
  "pembinaan", "pengembangan", "peningkatan", "kualitas", "aparatur", "sipil", "negara", "daerah",
  "dinas", "kesehatan", "pendidikan", "inspektorat", "kecamatan", "kelurahan", "survei", "kepuasan",
  "indikator", "capaian", "target", "program", "kegiatan", "pelaksanaan", "pemantauan", "dokumen",
  "persetujuan", "perubahan", "penyusunan", "peraturan", "kebijakan", "modul", "peserta", "materi",
  "mentoring", "pembelajaran", "teknis", "manajerial", "digital", "data", "keamanan", "audit",
  "temuan", "rekomendasi", "standar", "prosedur", "operasional", "mutu", "waktu", "biaya",
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
