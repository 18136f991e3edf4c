/* text.h — reading plain text input and checking that it is text.
 *
 * The whole input is read into memory (FRUS documents are small; a 50 MB
 * file is still fine), checked and normalised: a UTF-8 BOM is dropped, CRLF
 * and CR line endings become LF.  What is not UTF-8 text is refused with a
 * located message: NUL bytes (binary data), UTF-16, invalid UTF-8 (with its
 * byte offset).  Latin-1 input is converted when asked for. */
#ifndef FRUS_TEXT_H
#define FRUS_TEXT_H

#include <stddef.h>

enum frus_encoding { FRUS_ENC_UTF8, FRUS_ENC_LATIN1 };

typedef struct {
	char *buf;          /* normalised UTF-8, NUL-terminated */
	size_t len;
	const char *name;   /* for messages: the path, or "<stdin>" */
	int had_bom;
	int had_cr;         /* CRLF or CR line endings were converted */
	/* Hard-wrapped lines joined by frus_copy_normalise (copy.h): where
	 * each join's space stands in buf, and the column its text started
	 * at in the input, so messages still point at the input. */
	size_t *joins;
	long *join_col;
	size_t njoins;
	int wrap;           /* the width the text was wrapped at, or 0 */
} frus_text;

/* path NULL or "-" reads stdin.  Returns 0, or an FRUS_EXIT_* status after
 * reporting the problem. */
int frus_text_read(frus_text *t, const char *path, enum frus_encoding enc);
/* Same checks on a buffer already in memory (the fuzz targets use this).
 * Takes a copy. */
int frus_text_from_buffer(frus_text *t, const char *name, const char *data,
                          size_t len, enum frus_encoding enc);
void frus_text_free(frus_text *t);

/* Line and column (1-based, column counted in characters) of byte offset
 * off in t->buf. */
void frus_text_locate(const frus_text *t, size_t off, long *line, long *col);

/* Reads a whole file into memory (no checks). Returns 0 or -1 (errno set). */
int frus_slurp(const char *path, char **buf, size_t *len);

#endif
