/* nameterms.c — the terms of a run of text (whole words; single letters
 * only where they are no label, initial or article) and the offices a
 * document's head names as sender and recipient. */
#include <stdlib.h>
#include <string.h>
#include "frus/err.h"
#include "frus/nametable.h"

#define X(s) ((const xmlChar *)(s))

/* Words after a single-letter term that make it a label, not a term. */
static const char *const LABELLED[] = {
	"Alternative", "Annex", "Appendix", "Area", "Article", "Attachment", "Battery",
	"Case", "Category", "Chart", "Class", "Column", "Company", "Course", "Draft",
	"Enclosure", "Exhibit", "Figure", "Grade", "Group", "Item", "Level", "Line", "Map",
	"Model", "Operation", "Option", "Paragraph", "Part", "Phase", "Plan", "Point",
	"Program", "Project", "Row", "Schedule", "Section", "Stage", "Tab", "Table", "Tabs",
	"Team", "Title", "Type", "Version", "Vitamin", "Zone", NULL
};

static int
word_before(const char *buf, size_t a, const char *const *list, size_t *wb)
{
	size_t e = a;
	while (e > 0 && (buf[e - 1] == ' ' || buf[e - 1] == '\n' || buf[e - 1] == '\t'))
		e--;
	if (e == a && a > 0)
		return 0;
	size_t b = e;
	while (b > 0 && is_wordc(buf + b - 1, buf + e))
		b--;
	*wb = b;
	return b < e && (!list || in_list(list, buf + b, e - b));
}

/* Whether the single-letter term at buf[a] is a term here, not a label,
 * an initial or the article "A". */
static int
letter_ok(const char *buf, size_t len, size_t a)
{
	size_t wb;
	const char *nx = buf + a + 1, *end = buf + len;
	if (word_before(buf, a, LABELLED, &wb))
		return 0;
	if ((buf[a] == 'A' || buf[a] == 'I') && nx < end && *nx == ' ' &&
	    (nx + 1 == end || is_wordc(nx + 1, end)))
		return 0;
	/* "see me—J.": the initial that signs a note */
	if (a >= 3 && memcmp(buf + a - 3, "\xe2\x80\x94", 3) == 0)
		return 0;
	/* "(A)" or "A." opening a paragraph: a label */
	if (nx < end && (*nx == ')' || *nx == '.') && (a == 0 || buf[a - 1] == '(' ||
	    only_space(buf, a)))
		return 0;
	/* "R. S. Crawford": after another initial, an initial */
	size_t e0 = a;
	while (e0 > 0 && buf[e0 - 1] == ' ')
		e0--;
	if (e0 < a && e0 >= 2 && buf[e0 - 1] == '.' && is_upper(buf + e0 - 2) &&
	    (e0 == 2 || !is_wordc(buf + e0 - 3, end)) && nx < end && *nx == '.')
		return 0;
	/* "Harry S Truman", "John F. Kennedy": an initial */
	if (word_before(buf, a, NULL, &wb) && is_upper(buf + wb)) {
		const char *q = nx;
		if (q < end && *q == '.')
			q++;
		if (q < end && *q == ' ' && q + 1 < end && is_upper(q + 1))
			return 0;
	}
	return 1;
}

/* Whether the word that ends at buf[k] (exclusive) is a code: capitals,
 * figures and dots, one capital at least ("US", "751K.5"). */
static int
code_before(const char *buf, size_t k)
{
	size_t b = k;
	int cap = 0;
	while (b > 0 && (buf[b - 1] == '.' || is_wordc(buf + b - 1, buf + k))) {
		if (is_lower(buf + b - 1) || ((unsigned char)buf[b - 1] & 0x80))
			return 0;
		cap |= is_upper(buf + b - 1);
		b--;
	}
	return b < k && cap;
}

/* Whether a dash at p is followed by a code ("S/S–NSC", "EC-US"): the
 * term before it stands on its own. */
static int
code_after(const char *p, const char *end)
{
	size_t dl;
	if (*p == '-')
		dl = 1;
	else if (end - p >= 3 && (unsigned char)p[0] == 0xe2 && (unsigned char)p[1] == 0x80 &&
	         ((unsigned char)p[2] == 0x93 || (unsigned char)p[2] == 0x91))
		dl = 3;
	else
		return 0;
	const char *q = p + dl;
	int cap = 0;
	while (q < end && (*q == '.' || *q == '/' || is_wordc(q, end))) {
		if (is_lower(q) || ((unsigned char)*q & 0x80))
			return 0;
		cap |= is_upper(q);
		q++;
	}
	return cap;
}

static int
sentence_start(const char *buf, size_t a)
{
	size_t e = a;
	while (e > 0 && (buf[e - 1] == ' ' || buf[e - 1] == '\n'))
		e--;
	return e == 0 || buf[e - 1] == '.' || buf[e - 1] == ':' || buf[e - 1] == '?' || buf[e - 1] == '!';
}

/* Whether the capitals word buf[b..e) is an ordinary word (seen in lower
 * case) written in capitals, like the whole word before or after it. */
static int
caps_common(const frus_names *nm, const char *buf, size_t b, size_t e)
{
	if (e - b < 2)
		return 0;
	for (size_t k = b; k < e; k++)
		if (!(buf[k] >= 'A' && buf[k] <= 'Z'))
			return 0;
	char *lk = fold_dup(buf + b, e - b, 1);
	int r = xmlHashLookup(nm->lower, X(lk)) != NULL;
	free(lk);
	return r;
}

static int
shouted(const frus_names *nm, const char *buf, size_t len, size_t a, size_t b)
{
	if (!caps_common(nm, buf, a, b))
		return 0;
	size_t pe = a;
	while (pe > 0 && buf[pe - 1] == ' ')
		pe--;
	size_t pb = pe;
	while (pb > 0 && is_wordc(buf + pb - 1, buf + len))
		pb--;
	if (pe < a && pb < pe && caps_common(nm, buf, pb, pe))
		return 1;
	size_t nb = b;
	while (nb < len && buf[nb] == ' ')
		nb++;
	size_t ne = nb;
	while (ne < len && is_wordc(buf + ne, buf + len))
		ne++;
	return nb > b && ne > nb && caps_common(nm, buf, nb, ne);
}

size_t
frus_names_find_terms(frus_names *nm, run *r, tmatch **out)
{
	tmatch *m = NULL;
	size_t n = 0;
	const char *buf = r->buf, *end = r->buf + r->len;
	/* the run ends where a name tagged before begins */
	xmlNodePtr after = r->n ? r->v[r->n - 1].node->next : NULL;
	int person_next = after && frus_is_tei(after, "persName");
	for (size_t a = 0; a < r->len;) {
		const char *s = buf + a;
		int left = 1;
		if (a > 0) {
			/* the character before, and the one before that */
			size_t k = a - 1;
			while (k > 0 && ((unsigned char)buf[k] & 0xc0) == 0x80)
				k--;
			if (is_wordc(buf + k, end))
				left = 0;
			else if (joiner(buf + k, end) && k > 0 && buf[k] != '\'') {
				size_t k2 = k - 1;
				while (k2 > 0 && ((unsigned char)buf[k2] & 0xc0) == 0x80)
					k2--;
				/* "U.S." is no "S"; "Belaúnde-APRA" no "APRA"; but a
				 * code before a dash is its own word: "US-EC",
				 * "751K.5-MSP" */
				int dash = buf[k] == '-' || ((unsigned char)buf[k] == 0xe2 &&
				           ((unsigned char)buf[k + 2] == 0x93 || (unsigned char)buf[k + 2] == 0x91));
				if (is_wordc(buf + k2, end) && !(dash && code_before(buf, k)))
					left = 0;
			}
		}
		if (!left || !is_wordc(s, end)) {
			a += u8len((unsigned char)*s);
			continue;
		}
		size_t hit = 0;
		for (size_t t = 0; t < nm->nt && !hit; t++) {
			const term *tm = &nm->t[t];
			if (tm->s[0] != *s)
				continue;
			/* the longest folded prefix of s equal to the term */
			const char *p = s, *q = tm->s, *qe = tm->s + tm->n;
			int same = 1;
			while (p < end && q < qe && same) {
				int x = fold_next(&p, end);
				same = x == fold_next(&q, qe);
			}
			if (!same || q < qe)
				continue;
			size_t b = (size_t)(p - buf);
			/* the right edge: not inside a longer word */
			/* "NSSMs": the plural of a capitals term */
			if (p + 1 <= end && *p == 's' && tm->n >= 2 && is_upper(tm->s + tm->n - 1) &&
			    (p + 1 == end || !is_wordc(p + 1, end)))
				;
			else if (p < end) {
				if (is_wordc(p, end) && is_wordc(p - 1, end))
					continue;
				size_t j = joiner(p, end);
				if (j && p + j < end && is_wordc(p + j, end) && !code_after(p, end)) {
					size_t ps = possessive(p, (size_t)(end - p) > 4 ? 4 : (size_t)(end - p));
					int poss = (*p == '\'' && p + 1 < end && p[1] == 's' &&
					            (p + 2 >= end || !is_wordc(p + 2, end))) ||
					           (j == 3 && (unsigned char)p[2] == 0x99 && p + 3 < end && p[3] == 's' &&
					            (p + 4 >= end || !is_wordc(p + 4, end)));
					(void)ps;
					if (!poss)
						continue;
				}
			}
			if (tm->n == 1 && !letter_ok(buf, r->len, a))
				continue;
			/* "Gen. Taylor": a title before a name, not a term to gloss */
			if (frus_is_honorific(tm->s, tm->n)) {
				const char *q2 = p;
				if (q2 < end && *q2 == '.')
					q2++;
				if (q2 < end && *q2 == ' ' &&
				    (q2 + 1 < end ? is_upper(q2 + 1) : person_next))
					continue;
			}
			/* "CONTROLS ON TRADE": an ordinary word in a passage set
			 * in capitals, not the term "ON" */
			if (tm->n >= 2 && shouted(nm, buf, r->len, a, b))
				continue;
			/* "Nine" starting a sentence is a number, not "the Nine" */
			int mixed = 0;
			for (size_t k = 1; k < tm->n; k++)
				if (is_lower(tm->s + k))
					mixed = 1;
			if (mixed && sentence_start(buf, a)) {
				char *lk = fold_dup(tm->s, tm->n, 1);
				int common = xmlHashLookup(nm->lower, X(lk)) != NULL;
				free(lk);
				if (common)
					continue;
			}
			m = frus_xrealloc(m, (n + 1) * sizeof *m);
			m[n].a = a;
			m[n].b = b;
			m[n++].id = tm->id;
			hit = b - a;
		}
		a += hit ? hit : u8len((unsigned char)*s);
	}
	*out = m;
	return n;
}

/* ---- the sender and recipient of a head ---- */

/* "Telegram From the Department of State to the Embassy in Peru": the
 * offices named with "the" (no person in parentheses after them) are
 * glossed type="from" / type="to", as the Office marks senders and
 * recipients that are no person. */
typedef struct {
	size_t a, b;
	const char *type, *el;
} party;

/* Whether s[0..n) reads as a person's name: one to four capitalised
 * words, not all capitals ("Goodpaster", not "(U)"). */
static int
name_words(const char *s, size_t n)
{
	word *w;
	size_t k = frus_words_of(s, n, &w);
	int ok = k >= 1 && k <= 4, lower = 0;
	for (size_t i = 0; i < k && ok; i++) {
		const char *x = s + w[i].b;
		size_t l = w[i].e - w[i].b;
		if (!is_upper(x) || frus_is_honorific(x, l) || in_list(frus_function_words, x, l))
			ok = 0;
		for (size_t j = 1; j < l; j++)
			lower |= is_lower(x + j);
	}
	for (size_t i = 0; i < n && ok; i++)
		if (s[i] >= '0' && s[i] <= '9')
			ok = 0;
	free(w);
	return ok && lower;
}

void
frus_names_head_parties(xmlNodePtr head)
{
	for (xmlNodePtr c = head->children; c; c = c->next) {
		if (c->type != XML_TEXT_NODE)
			continue;
		const char *t = (const char *)c->content;
		size_t n = strlen(t);
		xmlNodePtr nx = c->next;
		int open_end = !nx || frus_is_tei(nx, "note");
		party m[4];
		size_t k = 0;
		static const struct { const char *w, *type; } OPEN[] = {
			{ "From the ", "from" }, { "Between the ", "from" }, { " to the ", "to" },
			{ " and the ", "to" }, { NULL, NULL }
		};
		int between = strstr(t, "Between the ") != NULL;
		for (int o = 0; OPEN[o].w && k < 4; o++) {
			if (o == 3 && !between)
				continue;
			const char *at = strstr(t, OPEN[o].w);
			if (!at)
				continue;
			size_t a = (size_t)(at - t) + strlen(OPEN[o].w);
			if (!is_upper(t + a))
				continue;
			size_t b = a;
			const char *stops[] = { " to ", " (", ",", " and ", NULL };
			size_t e = n;
			for (int st = 0; stops[st]; st++) {
				const char *z = strstr(t + a, stops[st]);
				/* "the Staff Assistant to the President (Goodpaster)":
				 * "to the President" belongs to a title */
				while (z && st == 0 && !strncmp(z, " to the President", 17) &&
				       !is_wordc(z + 17, t + n) && strncmp(z + 17, "\xe2\x80\x99", 3) &&
				       z[17] != '\'')
					z = strstr(z + 17, stops[st]);
				if (z && (size_t)(z - t) < e)
					e = (size_t)(z - t);
			}
			b = e;
			while (b > a && (t[b - 1] == ' ' || t[b - 1] == '\n'))
				b--;
			if (b == a || (e == n && !open_end))
				continue;
			if (strncmp(t + e, " (", 2) == 0) {
				/* a person follows: "the Counselor (MacArthur)"; one who
				 * is not in the list is tagged all the same */
				size_t pa = e + 2, pb = pa;
				while (pb < n && t[pb] != ')' && t[pb] != '(')
					pb++;
				if (pb < n && t[pb] == ')' && name_words(t + pa, pb - pa)) {
					m[k].a = pa;
					m[k].b = pb;
					m[k].el = "persName";
					m[k++].type = OPEN[o].type;
				}
				continue;
			}
			/* "to the President": one person, not an office */
			if ((b - a == 9 && !memcmp(t + a, "President", 9)) ||
			    (b - a == 14 && !memcmp(t + a, "Vice President", 14)))
				continue;
			m[k].a = a;
			m[k].b = b;
			m[k].el = "gloss";
			m[k++].type = OPEN[o].type;
		}
		/* from the last, so earlier offsets stay right */
		for (size_t i = 0; i < k; i++)
			for (size_t j = i + 1; j < k; j++)
				if (m[j].a > m[i].a) {
					party tmp = m[i];
					m[i] = m[j];
					m[j] = tmp;
				}
		run r = { 0 };
		frus_names_run_add(&r, c);
		xmlNodePtr last = c->next;
		for (size_t i = 0; i < k; i++) {
			xmlNodePtr e = frus_names_wrap(&r, m[i].a, m[i].b, m[i].el);
			xmlNewProp(e, X("type"), X(m[i].type));
		}
		free(r.v);
		free(r.buf);
		/* go on after what this text node became */
		c = last ? last->prev : head->last;
		if (!c)
			break;
	}
}
