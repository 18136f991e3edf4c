/* fuzz-notes — footnote marker recovery alone, with its invariants.
 *
 * Input: byte 0 gives the number of notes (1..64), the rest is the text,
 * cut into segments at '|'.  When every note is placed, the markers must
 * lie inside their segments, come in reading order without overlapping,
 * and spell 1, 2, 3 … with no digit glued after them.  When only k are
 * placed, asking for k notes must place all k (the answer is the longest
 * placeable prefix), and asking for k+1 must again give k. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "frus/notes.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAXSEG 256
#define MAXNOTES 64

static void
check_chain(const char *const *segs, const size_t *lens, size_t n,
            const frus_marker *m)
{
	for (size_t k = 0; k < n; k++) {
		char num[24];
		int nl = snprintf(num, sizeof num, "%zu", k + 1);
		const frus_marker *x = &m[k];
		if (x->len != (size_t)nl || x->off + x->len > lens[x->seg])
			abort();
		if (memcmp(segs[x->seg] + x->off, num, x->len) != 0)
			abort();
		size_t after = x->off + x->len;
		if (after < lens[x->seg] && segs[x->seg][after] >= '0' && segs[x->seg][after] <= '9')
			abort();
		if (k > 0) {
			const frus_marker *p = &m[k - 1];
			if (p->seg > x->seg || (p->seg == x->seg && p->off + p->len > x->off))
				abort();
		}
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	size_t nnotes = (size_t)(data[0] % MAXNOTES) + 1;
	char *text = malloc(size);
	memcpy(text, data + 1, size - 1);
	const char *segs[MAXSEG];
	size_t lens[MAXSEG], nsegs = 0;
	size_t start = 0;
	for (size_t i = 0; i <= size - 1 && nsegs < MAXSEG; i++) {
		if (i == size - 1 || text[i] == '|') {
			segs[nsegs] = text + start;
			lens[nsegs] = i - start;
			nsegs++;
			start = i + 1;
		}
	}
	frus_marker m[MAXNOTES + 1];
	size_t placed = frus_notes_recover(segs, lens, nsegs, nnotes, m);
	if (placed > nnotes)
		abort();
	if (placed == nnotes) {
		check_chain(segs, lens, nnotes, m);
	} else {
		if (placed > 0) {
			if (frus_notes_recover(segs, lens, nsegs, placed, m) != placed)
				abort();
			check_chain(segs, lens, placed, m);
		}
		if (frus_notes_recover(segs, lens, nsegs, placed + 1, m) != placed)
			abort();
	}
	free(text);
	return 0;
}
