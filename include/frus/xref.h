/* xref.h — cross-references in running text ("see Document 426").
 *
 * Conventions 6: "Document 426" is <ref target="#d426">, "footnote 2,
 * Document 168" is <ref target="#d168fn2">, and in "Documents 12 and 13"
 * each number is its own ref.  Only references that are certainly to this
 * volume are found: none in a stretch of text that names another volume
 * ("Foreign Relations, 1958–1960, vol. V, Document 12"). */
#ifndef FRUS_XREF_H
#define FRUS_XREF_H

#include <stddef.h>

typedef struct {
	size_t off, len;      /* the ref's text in the scanned string */
	char target[48];      /* "#d426", "#d168fn2" */
} frus_xref;

/* Finds the references in s[0..n), in order; returns how many (at most
 * max) were stored in out. */
size_t frus_xref_scan(const char *s, size_t n, frus_xref *out, size_t max);

#endif
