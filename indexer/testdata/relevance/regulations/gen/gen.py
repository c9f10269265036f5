import random, os, sys, textwrap
sys.path.insert(0, os.path.dirname(__file__))
import regs1, regs2, regs3
from regs1 import REGS
OUT = sys.argv[1]
ROMAN = ["I","II","III","IV","V","VI","VII","VIII","IX","X"]
CITY = {"BUPATI LEBONG": "Tubei"}

def wrap(text, rnd, width=78):
    """Lines as a PDF page breaks them, some long words hyphenated."""
    words, lines, cur = text.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            if len(w) >= 10 and w.isalpha() and rnd.random() < 0.3:
                cut = rnd.randint(4, len(w) - 4)
                lines.append(cur + " " + w[:cut] + "-")
                cur = w[cut:]
                continue
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return "\n".join(lines)

def render(r):
    rnd = random.Random(r["slug"])
    st, out = r["style"], []
    page = [1]
    def para(t): out.append(t)
    def pagebreak():
        page[0] += 1
        kind = rnd.choice(["num", "site", "hal"])
        if kind == "num": para("- %d -" % page[0])
        elif kind == "site": para("%s\n\n- %d -" % (r["site"], page[0]))
        else: para("Halaman %d dari %d" % (page[0] - 1, 9))
    nomor = r["nomor"]
    num_line = ("NOMOR %s/%s" % (nomor, r["tahun"])) if "/" in nomor else ("NOMOR %s TAHUN %s" % (nomor, r["tahun"]))
    if rnd.random() < 0.5: para("SALINAN")
    para("\n".join(r["issuer"]) if st == 1 else "\n\n".join(r["issuer"]))
    if st == 0:
        for l in [r["jenis"], num_line, "TENTANG", r["tentang"], "DENGAN RAHMAT TUHAN YANG MAHA ESA", r["pejabat"] + ","]:
            para(l)
    elif st == 1:
        para("\n".join([r["jenis"], num_line, "TENTANG", r["tentang"]]))
        para("DENGAN RAHMAT TUHAN YANG MAHA ESA\n\n" + r["pejabat"] + ",")
    else:
        para("# " + r["jenis"] + "\n\n# " + num_line + "\n\n# TENTANG\n\n# " + r["tentang"])
        para("**DENGAN RAHMAT TUHAN YANG MAHA ESA**\n\n**" + r["pejabat"] + ",**")
    letters = "abcdefgh"
    mn = ["%s. %s;" % (letters[i], m) for i, m in enumerate(r["menimbang"])]
    para(wrap("Menimbang : " + mn[0], rnd) + ("\n" + "\n".join(wrap(x, rnd) for x in mn[1:]) if len(mn) > 1 else ""))
    para("Mengingat :")
    para("\n".join("%d. %s;" % (i + 1, m) for i, m in enumerate(r["mengingat"])))
    pagebreak()
    para("MEMUTUSKAN:")
    short = r["jenis"].replace(" REPUBLIK INDONESIA", "")
    para(wrap("Menetapkan : %s TENTANG %s." % (short, r["tentang"]), rnd))
    n = 0
    for bi, (bab, pasals) in enumerate(r["babs"]):
        if bab:
            if st == 2: para("## BAB %s %s" % (ROMAN[bi], bab))
            elif st == 1: para("BAB %s\n%s" % (ROMAN[bi], bab))
            else: para("BAB %s\n\n%s" % (ROMAN[bi], bab))
        for p in pasals:
            n += 1
            para(("### Pasal %d" % n) if st == 2 else ("Pasal %d" % n))
            para(wrap(p, rnd))
            if n % 3 == 0: pagebreak()
    n += 1
    para(("### Pasal %d" % n) if st == 2 else ("Pasal %d" % n))
    para(wrap("%s ini mulai berlaku pada tanggal diundangkan. Agar setiap orang mengetahuinya, memerintahkan pengundangan %s ini dengan penempatannya dalam %s." % (
        short.title().replace("Republik Indonesia", "").strip(), short.title().strip(),
        "Berita Daerah Kabupaten Lebong" if "BUPATI" in r["jenis"] else ("Berita Negara Republik Indonesia" if any(k in r["jenis"] for k in ("MENTERI", "LEMBAGA", "BADAN")) else "Lembaran Negara Republik Indonesia")), rnd))
    city = "Tubei" if "BUPATI" in r["jenis"] else "Jakarta"
    para("Ditetapkan di %s\npada tanggal %d %s %s" % (city, rnd.randint(1, 28), rnd.choice(["Januari", "Maret", "Juni", "Agustus", "Oktober", "Desember"]), r["tahun"]))
    para(r["pejabat"] + ",\n\nttd.")
    if "BUPATI" in r["jenis"]:
        para("BERITA DAERAH KABUPATEN LEBONG TAHUN %s NOMOR %d" % (r["tahun"], rnd.randint(3, 40)))
    elif "MENTERI" in r["jenis"] or "LEMBAGA" in r["jenis"] or "BADAN" in r["jenis"]:
        para("BERITA NEGARA REPUBLIK INDONESIA TAHUN %s NOMOR %d" % (r["tahun"], rnd.randint(100, 1500)))
    else:
        para("LEMBARAN NEGARA REPUBLIK INDONESIA TAHUN %s NOMOR %d" % (r["tahun"], rnd.randint(10, 250)))
    para("Salinan sesuai dengan aslinya\n" + rnd.choice(["Kepala Biro Hukum,", "Kepala Bagian Hukum,", "Deputi Bidang Perundang-undangan,"]) + "\n\nttd.")
    if r["jenis"].startswith(("UNDANG", "PERATURAN PEMERINTAH")) and rnd.random() < 0.7:
        pagebreak()
        para("PENJELASAN\nATAS\n" + r["jenis"] + "\n" + num_line + "\nTENTANG\n" + r["tentang"])
        para("I. UMUM")
        para(wrap("Peraturan ini disusun untuk memberikan kepastian hukum. " + r["menimbang"][0][6:].capitalize() + ".", rnd))
        para("II. PASAL DEMI PASAL")
        for i in range(1, n + 1):
            para("Pasal %d\nCukup jelas." % i)
    return "---\ntitle: %s\n---\n\n" % r["title"] + "\n\n".join(out) + "\n"

os.makedirs(os.path.join(OUT, "peraturan"), exist_ok=True)
for r in REGS:
    with open(os.path.join(OUT, "peraturan", r["slug"] + ".md"), "w") as f:
        f.write(render(r))
print(len(REGS), "regulations")
