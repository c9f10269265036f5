package message

// Messages of the build: links, layouts, surveys, questions, settings.
const (
	LinkBroken        Key = "link-broken"
	LinkNoDocument    Key = "link-no-document"
	LinkDraft         Key = "link-draft"
	LinkDidYouMean    Key = "link-did-you-mean"
	AnchorHere        Key = "anchor-here"
	AnchorIn          Key = "anchor-in"
	AnchorDidYouMean  Key = "anchor-did-you-mean"
	BaseURLUnset      Key = "baseurl-unset"
	RecordingVersions Key = "recording-versions"
	RecordingVersion  Key = "recording-version"
	VersionHistory    Key = "version-history"
	NoteStale         Key = "note-stale"
	EmptyKept         Key = "empty-kept"
	DataNotFound      Key = "data-not-found"
	DocMissing        Key = "doc-missing"
	DocUnpublished    Key = "doc-unpublished"
	NotTraining       Key = "not-training"
	ConfigWantMap     Key = "config-want-map"
	ConfigWant        Key = "config-want"
	WantTrueFalse     Key = "want-true-false"
	WantWholeNumber   Key = "want-whole-number"
	WantNameMap       Key = "want-name-map"
	WantText          Key = "want-text"
	WantSize          Key = "want-size"
	Problems          Key = "problems"
	DataOutside       Key = "data-outside"
)

var siteTexts = map[Key]entry{
	LinkBroken:       {"tautan %s: %s", "link %s: %s"},
	LinkNoDocument:   {"dokumen %q tidak ada", "no such document %q"},
	LinkDraft:        {"%s masih draf dan tidak diterbitkan", "%s is a draft and is not published"},
	LinkDidYouMean:   {"%s; mungkin maksudnya %s?", "%s; did you mean %s?"},
	AnchorHere:       {"tidak ada judul bagian #%s di halaman ini", "no heading #%s on this page"},
	AnchorIn:         {"tidak ada judul bagian #%s di %s", "no heading #%s in %s"},
	AnchorDidYouMean: {"%s; mungkin maksudnya #%s?", "%s; did you mean #%s?"},
	BaseURLUnset: {
		"baseURL belum diisi: sitemap.xml menulis alamat halaman dengan %s; isi baseURL dengan alamat tempat situs diterbitkan (https://...)",
		"baseURL is not set: sitemap.xml names pages at %s; set baseURL to the address the site is published at (https://...)"},
	RecordingVersions: {"gagal mencatat versi: %s", "recording versions: %s"},
	RecordingVersion:  {"gagal mencatat versi dokumen ini: %s", "recording version: %s"},
	VersionHistory:    {"riwayat versi: %s", "version history: %s"},
	NoteStale:         {"catatan untuk %q: %s tidak (lagi) memiliki Pasal itu", "note for %q: %s has no such Pasal (any more)"},
	ConfigWantMap:     {"%s: seharusnya berisi kunci dan nilainya", "%s: want a mapping of keys"},
	ConfigWant:        {"%s: seharusnya %s", "%s: want %s"},
	WantTrueFalse:     {"true atau false", "true or false"},
	WantWholeNumber:   {"bilangan bulat", "a whole number"},
	WantNameMap:       {"pasangan nama: nama", "a mapping of names to names"},
	WantText:          {"teks", "a string"},
	WantSize:          {"ukuran seperti 256KB atau 2MB", "a size such as 256KB or 2MB"},
	Problems:          {"%s", "%s"},
	DocMissing:        {"%s: dokumen itu tidak ada di bawah content/", "%s: no such document under content/"},
	DocUnpublished:    {"%s: tidak ada dokumen terbit itu di bawah content/", "%s: no published document under content/"},
	NotTraining:       {"%s: bukan modul pelatihan yang terbit di situs ini", "%s: not a published training module of this site"},
	DataNotFound:      {"%s: %s tidak ditemukan (dicari di %s)", "%s: %s not found (looked for %s)"},
	DataOutside:       {"%s: seharusnya berkas di bawah content/ atau %s", "%s: want a file under content/ or %s"},
	EmptyKept:         {"berkasnya kosong (masih disimpan?); halaman terakhir yang benar tetap ditampilkan", "the file is empty (still being saved?); its last good page is shown"},
}
