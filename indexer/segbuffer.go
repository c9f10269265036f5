package indexer

import zapv17 "github.com/blevesearch/zapx/v17"

// Bleve's segment builder (zapx v17, the format of new indexes) sizes the
// buffer of a new in-memory segment ahead: the bytes per document of the
// segment its pooled builder made before, times the documents of the
// batch plus 100. After a 3 MB regulation (a segment of 2-5 MB for one
// document) the next batch, of one edited page in `serve` or of 150
// pages in `build`, asked for 0.2-0.6 GB at once; which batch got that
// builder depended on scheduling (sync.Pool), so the peak of a build of
// a corpus with large documents went from 190 MB to 1 GB on a loaded
// machine. Without the estimate the buffer grows as the segment is
// written, by doubling: a few more copies of a batch's segment (a
// megabyte or two for 250 pages), never more than twice its size.
func init() {
	zapv17.NewSegmentBufferNumResultsFactor = 0
}
