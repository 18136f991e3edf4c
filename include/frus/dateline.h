/* dateline.h — "Washington, July 27, 1962." to placeName/date/time.
 *
 * Conventions section 4: the dateline holds a placeName and a date whose
 * content is the printed text; @when is ISO (a telegram's time goes into it,
 * "1345Z" as +00:00); a meeting's time range is a separate
 * <time from to>; "undated" is a date too; "(Received …)" stays untagged.
 * A date or time that cannot be normalised keeps its text and gets no
 * @when (or no @from/@to): never a wrong value. */
#ifndef FRUS_DATELINE_H
#define FRUS_DATELINE_H

#include <stddef.h>
#include <libxml/tree.h>

typedef struct {
	size_t place_len;          /* placeName is s[0..place_len); 0: no place */
	size_t date_off, date_len; /* the date element's text */
	char when[32];             /* ISO value, or "" */
	char from[32], to[32];     /* a range of days: date @from/@to, or "" */
	size_t time_off, time_len; /* a meeting's time range: <time>; len 0: none */
	char tfrom[16], tto[16];   /* its @from/@to, or "" */
	int doubtful;              /* something looked like a date or time but
	                            * could not be normalised (warn) */
} frus_dateline;

/* Is s[0..n) a dateline ("[Place, ]Date[, time][.][ (Received …)]")?
 * Returns 1 and fills *d, or 0. */
int frus_dateline_parse(const char *s, size_t n, frus_dateline *d);

/* Fills the (empty) dateline element with the encoded content of s, as
 * parsed by frus_dateline_parse (which must have returned 1). */
void frus_dateline_fill(xmlNodePtr dateline, xmlNsPtr ns, const char *s, size_t n,
                        const frus_dateline *d);

#endif
