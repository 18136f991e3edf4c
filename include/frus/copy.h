/* copy.h — undoing what a way of copying did to a text, and only that.
 *
 * The same document page arrives in several forms: as the browser copies
 * it (the form of samples/), with non-breaking spaces for indentation,
 * through e-mail hard-wrapped at 72 columns, pasted through a form that
 * strips indentation.  Before the text is read as blocks, what only the
 * copy changed is put back: U+00A0 in indentation and after a leading
 * bullet or number becomes a space, and hard-wrapped lines are joined.
 * The words are never changed. */
#ifndef FRUS_COPY_H
#define FRUS_COPY_H

#include "frus/text.h"

/* Rewrites t->buf in place (t->joins records the joins, t->wrap the
 * width found).  Returns the number of lines joined. */
size_t frus_copy_normalise(frus_text *t);

#endif
