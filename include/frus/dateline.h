/* dateline.h — "Washington, July 27, 1962." to placeName/date/time. */
#ifndef FRUS_DATELINE_H
#define FRUS_DATELINE_H

#include <stddef.h>
#include <libxml/tree.h>

/* Fills the (empty) dateline element with the encoded content of s.
 * Dates that cannot be normalised keep their text and get no @when. */
void frus_dateline_fill(xmlNodePtr dateline, xmlNsPtr ns, const char *s, size_t n);

#endif
