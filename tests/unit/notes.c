/* Unit tests of the footnote marker recovery (tools/lib/notes.c). */
#include <stdio.h>
#include <string.h>
#include "frus/notes.h"

static int failed;

/* segs separated by '|'; want: for each note the text that must follow
 * the marker ("" = end of segment), or NULL when recovery must stop at
 * `placed` notes. */
static void
t(const char *name, const char *text, size_t nnotes, const char *const *after, size_t want_placed)
{
	const char *segs[16];
	size_t lens[16], n = 0;
	char buf[4096];
	snprintf(buf, sizeof buf, "%s", text);
	for (char *p = buf;;) {
		char *bar = strchr(p, '|');
		segs[n] = p;
		lens[n] = bar ? (size_t)(bar - p) : strlen(p);
		n++;
		if (!bar)
			break;
		p = bar + 1;
	}
	frus_marker m[64];
	size_t placed = frus_notes_recover(segs, lens, n, nnotes, m);
	int ok = placed == want_placed;
	for (size_t k = 0; ok && k < placed && after; k++) {
		const char *at = segs[m[k].seg] + m[k].off + m[k].len;
		size_t rest = lens[m[k].seg] - (m[k].off + m[k].len);
		char num[16];
		snprintf(num, sizeof num, "%zu", k + 1);
		if (m[k].len != strlen(num) || memcmp(segs[m[k].seg] + m[k].off, num, m[k].len) != 0 ||
		    strncmp(at, after[k], strlen(after[k])) != 0 || (after[k][0] == '\0' && rest != 0))
			ok = 0;
	}
	printf("%s %s\n", ok ? "ok" : "not ok", name);
	if (!ok) {
		failed = 1;
		printf("#   placed %zu of %zu (wanted %zu)\n", placed, nnotes, want_placed);
		for (size_t k = 0; k < placed; k++)
			printf("#   note %zu at seg %zu off %zu: \"%.20s\"\n", k + 1, m[k].seg, m[k].off,
			       segs[m[k].seg] + m[k].off);
	}
}

/* Letter and symbol marks: which byte offsets are chosen, and which are
 * flagged as glued to a word. */
static void
tm(const char *name, const char *text, const char *const *marks, size_t n,
   const size_t *want_off, const int *want_glued)
{
	const char *segs[1] = { text };
	size_t lens[1] = { strlen(text) };
	frus_marker out[8];
	int glued[8];
	size_t got = frus_notes_recover_marks(segs, lens, 1, marks, n, out, glued);
	int ok = got == n;
	for (size_t k = 0; ok && k < n; k++)
		ok = out[k].off == want_off[k] && glued[k] == want_glued[k];
	printf("%s %s\n", ok ? "ok" : "not ok", name);
	if (!ok)
		failed = 1;
}

int
main(void)
{
	t("marker-after-word", "425. Memorandum of Conversation1", 1, (const char *[]){ "" }, 1);
	t("marker-after-number", "wait until August 82 and see", 2 - 1 + 1,
	  (const char *[]){ NULL }, 0);
	t("marker-after-day-number", "Conversation1|wait until August 82 and see", 2,
	  (const char *[]){ "", " and see" }, 2);
	t("marker-after-closing-punct", "Trade (GATT).6 [Page 1586] We", 6, NULL, 0);
	t("marker-after-closing-punct-placed",
	  "a1 b2 c3 d4 e5 Trade (GATT).6 We", 6,
	  (const char *[]){ " b", " c", " d", " e", " Trade", " We" }, 6);
	t("marker-after-colon", "Head1|Recommendations:2|1.|That you", 2,
	  (const char *[]){ "", "" }, 2);
	t("two-markers-one-sentence", "Peru was cooperative1 and the Rio Treaty,2 later.", 2,
	  (const char *[]){ " and", " later." }, 2);
	t("number-not-marker-standalone", "He added that 11 Governments would vote.1", 1,
	  (const char *[]){ "" }, 1);
	t("number-not-marker-year", "through 1964. Then it ended.1", 1, (const char *[]){ "" }, 1);
	t("number-not-marker-file-number", "Central Files, 611.23/7-2762. Confidential1 x", 1,
	  (const char *[]){ " x" }, 1);
	t("decimal-is-not-marker", "version 2.1 of the plan1 ok", 1, (const char *[]){ " ok" }, 1);
	t("order-decides", "first1 second1 third2", 2, (const char *[]){ " second", "" }, 2);
	t("later-strong-beats-weak", "in 19512 years and the Treaty.2 So", 2,
	  (const char *[]){ NULL, NULL }, 0);
	t("multi-digit-markers",
	  "a1 b2 c3 d4 e5 f6 g7 h8 i9 j10 Perón12 War of the Pacific11 x", 12, NULL, 11);
	t("multi-digit-in-order",
	  "a1 b2 c3 d4 e5 f6 g7 h8 i9 j10 Pacific11 Perón12 x", 12,
	  (const char *[]){ " b", " c", " d", " e", " f", " g", " h", " i", " j", " Pacific", " Perón", " x" }, 12);
	t("missing-marker", "word1 word3", 3, NULL, 1);
	t("no-notes", "nothing here", 0, NULL, 0);
	t("letter-after-digits-not-marker", "the 1950s1 were", 1, (const char *[]){ " were" }, 1);
	t("year-then-full-stop-then-marker", "elected on July 28, 1950.1 Then", 1,
	  (const char *[]){ " Then" }, 1);
	t("decimal-only-if-nothing-better", "plan 2.1 is it", 1, (const char *[]){ " is" }, 1);
	t("currency-not-marker", "cost $5 million.1", 1, (const char *[]){ "" }, 1);
	tm("letters-after-punctuation", "called on the 9th.a He spoke at length),b for",
	   (const char *[]){ "a", "b" }, 2, (const size_t[]){ 18, 40 }, (const int[]){ 0, 0 });
	tm("letter-glued-to-word-flagged", "The reply of Elmorea was a delay.",
	   (const char *[]){ "a" }, 1, (const size_t[]){ 19 }, (const int[]){ 1 });
	tm("letter-prefers-punctuation", "Lima was the capital.a Next",
	   (const char *[]){ "a" }, 1, (const size_t[]){ 21 }, (const int[]){ 0 });
	tm("symbols", "met on the 1st instant.\xE2\x80\xA0 The message.\xE2\x80\xA1",
	   (const char *[]){ "\xE2\x80\xA0", "\xE2\x80\xA1" }, 2, (const size_t[]){ 23, 39 },
	   (const int[]){ 0, 0 });
	return failed;
}
