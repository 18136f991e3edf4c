/* Unit tests of the footnote marker recovery (tools/lib/notes.c). */
#include <stdio.h>
#include <string.h>
#include "frus/notes.h"

static int failed;

static size_t
split(char *buf, const char **segs, size_t *lens)
{
	size_t n = 0;
	for (char *p = buf;;) {
		char *bar = strchr(p, '|');
		segs[n] = p;
		lens[n] = bar ? (size_t)(bar - p) : strlen(p);
		n++;
		if (!bar || n == 16)
			break;
		p = bar + 1;
	}
	return n;
}

/* Segments separated by '|'; marks[k] is note k's mark (NULL: "1".."N");
 * after[k] the text that must follow note k's marker ("" = the end of its
 * segment), or NULL when note k must stay unplaced. */
static void
tmarks_texts(const char *name, const char *text, size_t nnotes, const char *const *marks,
             const char *const *after, const char *const *texts)
{
	const char *segs[16];
	size_t lens[16];
	char buf[4096], nums[64][8];
	const char *mk[64];
	snprintf(buf, sizeof buf, "%s", text);
	size_t n = split(buf, segs, lens);
	for (size_t k = 0; k < nnotes; k++) {
		snprintf(nums[k], sizeof nums[k], "%zu", k + 1);
		mk[k] = marks ? marks[k] : nums[k];
	}
	frus_marker m[64];
	frus_note_ref refs[64];
	for (size_t k = 0; k < nnotes; k++)
		refs[k] = (frus_note_ref){ mk[k], texts ? texts[k] : NULL, texts && texts[k] ? strlen(texts[k]) : 0 };
	size_t placed = frus_notes_place(segs, lens, n, refs, nnotes, m), want = 0;
	int ok = 1;
	for (size_t k = 0; k < nnotes; k++) {
		if (!after || !after[k]) {
			ok &= m[k].len == 0;
			continue;
		}
		want++;
		const char *at = segs[m[k].seg] + m[k].off + m[k].len;
		size_t rest = lens[m[k].seg] - (m[k].off + m[k].len);
		if (m[k].len != strlen(mk[k]) || memcmp(segs[m[k].seg] + m[k].off, mk[k], m[k].len) != 0 ||
		    strncmp(at, after[k], strlen(after[k])) != 0 || (after[k][0] == '\0' && rest != 0))
			ok = 0;
	}
	ok &= placed == want;
	printf("%s %s\n", ok ? "ok" : "not ok", name);
	if (!ok) {
		failed = 1;
		printf("#   placed %zu of %zu (wanted %zu)\n", placed, nnotes, want);
		for (size_t k = 0; k < nnotes; k++)
			printf("#   note %s at seg %zu off %zu len %zu: \"%.20s\"\n", mk[k], m[k].seg, m[k].off,
			       m[k].len, m[k].len ? segs[m[k].seg] + m[k].off : "");
	}
}

static void
tmarks(const char *name, const char *text, size_t nnotes, const char *const *marks,
       const char *const *after)
{
	tmarks_texts(name, text, nnotes, marks, after, NULL);
}

static void
t(const char *name, const char *text, size_t nnotes, const char *const *after)
{
	tmarks(name, text, nnotes, NULL, after);
}

/* Letter and symbol marks: which byte offsets are chosen, and which are
 * weak (glued to a word: score below 1). */
static void
tm(const char *name, const char *text, const char *const *marks, size_t n,
   const size_t *want_off, const int *want_glued)
{
	const char *segs[1] = { text };
	size_t lens[1] = { strlen(text) };
	frus_marker out[8];
	frus_note_ref refs[8];
	for (size_t k = 0; k < n; k++)
		refs[k] = (frus_note_ref){ marks[k], NULL, 0 };
	size_t got = frus_notes_place(segs, lens, 1, refs, n, out);
	int ok = got == n;
	for (size_t k = 0; ok && k < n; k++)
		ok = out[k].off == want_off[k] && (out[k].score < 1) == want_glued[k];
	printf("%s %s\n", ok ? "ok" : "not ok", name);
	if (!ok)
		failed = 1;
}

int
main(void)
{
	t("marker-after-word", "425. Memorandum of Conversation1", 1, (const char *[]){ "" });
	t("marker-after-number-alone", "wait until August 82 and see", 2,
	  (const char *[]){ NULL, " and see" });
	t("marker-after-day-number", "Conversation1|wait until August 82 and see", 2,
	  (const char *[]){ "", " and see" });
	t("marker-after-closing-punct-others-missing", "Trade (GATT).6 [Page 1586] We", 6,
	  (const char *[]){ NULL, NULL, NULL, NULL, NULL, " [Page" });
	t("marker-after-closing-punct-placed",
	  "a1 b2 c3 d4 e5 Trade (GATT).6 We", 6,
	  (const char *[]){ " b", " c", " d", " e", " Trade", " We" });
	t("marker-after-colon", "Head1|Recommendations:2|1.|That you", 2,
	  (const char *[]){ "", "" });
	t("two-markers-one-sentence", "Peru was cooperative1 and the Rio Treaty,2 later.", 2,
	  (const char *[]){ " and", " later." });
	t("number-not-marker-standalone", "He added that 11 Governments would vote.1", 1,
	  (const char *[]){ "" });
	t("number-not-marker-year", "through 1964. Then it ended.1", 1, (const char *[]){ "" });
	t("number-not-marker-file-number", "Central Files, 611.23/7-2762. Confidential1 x", 1,
	  (const char *[]){ " x" });
	t("decimal-is-not-marker", "version 2.1 of the plan1 ok", 1, (const char *[]){ " ok" });
	t("order-decides", "first1 second1 third2", 2, (const char *[]){ " second", "" });
	t("later-strong-beats-weak", "in 19512 years and the Treaty.2 So", 2,
	  (const char *[]){ NULL, " So" });
	t("multi-digit-out-of-order-keeps-most",
	  "a1 b2 c3 d4 e5 f6 g7 h8 i9 j10 Perón12 War of the Pacific11 x", 12,
	  (const char *[]){ " b", " c", " d", " e", " f", " g", " h", " i", " j", " Perón", NULL, " War" });
	t("multi-digit-in-order",
	  "a1 b2 c3 d4 e5 f6 g7 h8 i9 j10 Pacific11 Perón12 x", 12,
	  (const char *[]){ " b", " c", " d", " e", " f", " g", " h", " i", " j", " Pacific", " Perón", " x" });
	t("missing-marker-skipped", "word1 word3", 3, (const char *[]){ " word", NULL, "" });
	t("no-notes", "nothing here", 0, NULL);
	t("letter-after-digits-not-marker", "the 1950s1 were", 1, (const char *[]){ " were" });
	t("year-then-full-stop-then-marker", "elected on July 28, 1950.1 Then", 1,
	  (const char *[]){ " Then" });
	t("decimal-only-if-nothing-better", "plan 2.1 is it", 1, (const char *[]){ " is" });
	t("currency-not-marker", "cost $5 million.1", 1, (const char *[]){ "" });
	t("year-ending-heading-beats-day",
	  "131. Memorandum of Discussion, Washington, July 21, 19601|Text.", 1,
	  (const char *[]){ "" });
	tmarks("numbering-from-five", "drafted by General Russell5 unless furnished", 1,
	       (const char *[]){ "5" }, (const char *[]){ " unless" });
	tmarks("numbering-in-the-nineties", "to the Ambassador in China (Gauss)96|at 2 a.m.,97 and 3 p.m.98 x",
	       3, (const char *[]){ "96", "97", "98" }, (const char *[]){ "", " and", " x" });
	tmarks("numbering-wraps-after-99", "airmail99 of 5973,1 see2", 3,
	       (const char *[]){ "99", "1", "2" }, (const char *[]){ " of", " see", "" });
	tmarks("repeated-number", "of January 7th, 4 p.m.,19 I beg; of the same date,19 and Bulletin,20 x",
	       3, (const char *[]){ "19", "19", "20" }, (const char *[]){ " I beg", " and", " x" });
	tmarks_texts("number-cited-by-the-note", "(5960, 5961, 59731) and", 1, (const char *[]){ "1" },
	             (const char *[]){ ")" }, (const char *[]){ "Telegrams Nos. 5961 and 5973, November 27." });
	tmarks("year-after-month-not-day-and-marker", "of November 4, 191816 your note; in March 1916 not",
	       1, (const char *[]){ "16" }, (const char *[]){ " your" });
	tmarks("split-number-used-elsewhere", "followed with cable 612 which; receipt of cable 6122 and", 1,
	       (const char *[]){ "2" }, (const char *[]){ " and" });
	tmarks("letter-mark-after-a-paper", "my notea of the 31st and your notea No. 417 of Philadelphia", 2,
	       (const char *[]){ "a", "a" }, (const char *[]){ " of the", " No." });
	tmarks("gap-in-numbering", "one1 two2 four4", 3, (const char *[]){ "1", "2", "4" },
	       (const char *[]){ " two", " four", "" });
	tmarks("listed-out-of-numeric-order", "letter1 text2 P.S.4 Signer3", 4,
	       (const char *[]){ "1", "2", "4", "3" }, (const char *[]){ " text", " P.S.", " Signer", "" });
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
