/* fuzz-notes — footnote marker placement alone, with its invariants.
 *
 * Input: byte 0 gives the number of notes (1..64), byte 1 the first mark
 * (marks run from it upwards, every fourth one repeating its predecessor,
 * as real lists do: 96, 97, 97, 98 …); the rest is the text, cut into
 * segments at '|'.  The placed markers must lie inside their segments,
 * spell their notes' marks with no digit glued after them, come in list
 * order without overlapping, and be counted by the return value; a note
 * whose mark occurs nowhere must stay unplaced. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "frus/notes.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAXSEG 256
#define MAXNOTES 64

static int
occurs(const char *const *segs, const size_t *lens, size_t nsegs, const char *m)
{
	size_t ml = strlen(m);
	for (size_t i = 0; i < nsegs; i++)
		for (size_t a = 0; a + ml <= lens[i]; a++)
			if (memcmp(segs[i] + a, m, ml) == 0)
				return 1;
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 2)
		return 0;
	size_t nnotes = (size_t)(data[0] % MAXNOTES) + 1;
	unsigned first = (unsigned)data[1] % 120 + 1;
	char *text = malloc(size);
	memcpy(text, data + 2, size - 2);
	const char *segs[MAXSEG];
	size_t lens[MAXSEG], nsegs = 0;
	size_t start = 0;
	for (size_t i = 0; i <= size - 2 && nsegs < MAXSEG; i++) {
		if (i == size - 2 || text[i] == '|') {
			segs[nsegs] = text + start;
			lens[nsegs] = i - start;
			nsegs++;
			start = i + 1;
		}
	}
	char marks[MAXNOTES][16];
	frus_note_ref refs[MAXNOTES];
	for (size_t k = 0, v = first; k < nnotes; k++) {
		if (k % 4 != 3)
			v++;
		snprintf(marks[k], sizeof marks[k], "%zu", v);
		refs[k] = (frus_note_ref){ marks[k], NULL, 0 };
	}
	frus_marker m[MAXNOTES];
	size_t placed = frus_notes_place(segs, lens, nsegs, refs, nnotes, m), count = 0;
	const frus_marker *prev = NULL;
	for (size_t k = 0; k < nnotes; k++) {
		const frus_marker *x = &m[k];
		if (x->len == 0) {
			continue;
		}
		count++;
		if (x->seg >= nsegs || x->off + x->len > lens[x->seg] || x->len != strlen(marks[k]))
			abort();
		if (memcmp(segs[x->seg] + x->off, marks[k], x->len) != 0)
			abort();
		size_t after = x->off + x->len;
		if (after < lens[x->seg] && segs[x->seg][after] >= '0' && segs[x->seg][after] <= '9')
			abort();
		if (prev && (prev->seg > x->seg || (prev->seg == x->seg && prev->off + prev->len > x->off)))
			abort();
		prev = x;
	}
	if (count != placed)
		abort();
	for (size_t k = 0; k < nnotes; k++)
		if (m[k].len && !occurs(segs, lens, nsegs, marks[k]))
			abort();
	free(text);
	return 0;
}
