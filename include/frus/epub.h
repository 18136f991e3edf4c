/* epub.h — EPUB 3 e-books from TEI documents and volumes.
 *
 * The stylesheet xslt/epub/epub.xsl makes every file of the package (OPF,
 * nav, NCX, XHTML content documents) as one manifest tree; this module
 * reads the inputs, makes their ids unique across the book, runs the
 * stylesheet and zips the manifest: mimetype first and stored, then the
 * files in the stylesheet's order, every entry with the same timestamp, so
 * the same input always gives the same bytes. */
#ifndef FRUS_EPUB_H
#define FRUS_EPUB_H

#include <stddef.h>

typedef struct {
	const char *title;     /* NULL: from the input's header */
	const char *cover;     /* PNG, JPEG or GIF file, or NULL */
	const char *css;       /* style sheet replacing the default, or NULL */
	const char *modified;  /* YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ; NULL:
	                          SOURCE_DATE_EPOCH, else the input's date */
} frus_epub_opts;

/* Builds one e-book from the n TEI files (a "-" is stdin) and writes it to
 * out (NULL or "-": stdout), atomically.  Returns an FRUS_EXIT_* status
 * after reporting any problem; nothing is written unless the whole book is
 * made. */
int frus_epub_build(const char *const *inputs, int n, const frus_epub_opts *opts,
                    const char *out);

/* "urn:uuid:" + a name-based (version 5, SHA-1) UUID of data: the
 * identifier of a book that has no FRUS volume id.  out holds 46 bytes. */
void frus_epub_uuid(const unsigned char *data, size_t len, char out[46]);

/* Normalises a date to the form of dcterms:modified (YYYY-MM-DDThh:mm:ssZ,
 * out holds 21 bytes).  Returns 0, or -1 when s is not such a date. */
int frus_epub_date(const char *s, char out[21]);

#endif
