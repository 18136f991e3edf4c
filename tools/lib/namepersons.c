/* namepersons.c — the persons of a run of text: every listed surname form,
 * with the given names before it; titles and honorifics left outside; two
 * persons of one surname told apart by given names, titles matched against
 * the descriptions, then by whom the document or volume names plainly; and
 * names after a form of address that are no one of the list. */
#include <stdlib.h>
#include <string.h>
#include "frus/err.h"
#include "frus/nametable.h"

#define X(s) ((const xmlChar *)(s))

static int
given_ok(const person *p, const char *s, size_t n, int initial)
{
	for (size_t i = 0; i < p->ngiven; i++) {
		const char *g = p->given[i];
		size_t gl = strlen(g);
		if (feq(s, n, g, gl, 0))
			return 1;
		/* "H." for "Henry", "H.W." for "H.W." */
		if (initial && n == 1 && s[0] == g[0])
			return 1;
	}
	for (size_t i = 0; i < p->nnick; i++)
		if (feq(s, n, p->nick[i], strlen(p->nick[i]), 0))
			return 1;
	return 0;
}

/* How many words before word i are this person's given names. */
static size_t
extension(const person *p, const char *buf, const word *w, size_t i, size_t *start)
{
	size_t k = 0;
	*start = w[i].b;
	while (i > k && k < 4) {
		const word *x = &w[i - k - 1];
		const char *gap = buf + x->e;
		size_t gl = w[i - k].b - x->e;
		size_t xl = x->e - x->b;
		int initial = gl >= 2 && gap[0] == '.' && only_space(gap + 1, gl - 1);
		if (!only_space(gap, gl) && !initial)
			break;
		if (gl == 0 && !initial)
			break;
		if (initial && !(xl <= 4 && is_upper(buf + x->b)))
			break;
		if (!given_ok(p, buf + x->b, xl, initial || (gl >= 1 && gap[0] == '.')))
			break;
		k++;
		*start = x->b;
	}
	return k;
}

/* The title phrase before word i: capitalised words and "of/for/the"
 * ("Assistant Secretary", "Secretary of State").  Returns the index of
 * its first word; i when there is none. */
static size_t
title_phrase(const char *buf, const word *w, size_t i)
{
	size_t j = i;
	while (j > 0 && i - j < 6) {
		const word *x = &w[j - 1];
		const char *gap = buf + x->e;
		size_t gl = w[j].b - x->e;
		int abbrev = gl >= 2 && gap[0] == '.' && only_space(gap + 1, gl - 1);
		if (gl == 0 || (!only_space(gap, gl) && !abbrev))
			break;
		const char *s = buf + x->b;
		size_t l = x->e - x->b;
		if (is_upper(s) || (l == 2 && !memcmp(s, "of", 2)) || (l == 3 && !memcmp(s, "for", 3)) ||
		    (l == 3 && !memcmp(s, "the", 3)))
			j--;
		else
			break;
	}
	/* a phrase never starts with a connector */
	while (j < i && is_lower(buf + w[j].b))
		j++;
	return j;
}

/* Whether the description holds the phrase buf[b..e) as whole words. */
static int
desc_has(const char *desc, const char *s, size_t n)
{
	size_t dl = strlen(desc);
	for (const char *p = desc; p + n <= desc + dl; p++) {
		if (memcmp(p, s, n) != 0)
			continue;
		if ((p == desc || !is_wordc(p - 1, desc + dl)) &&
		    (p + n == desc + dl || !is_wordc(p + n, desc + dl)))
			return 1;
	}
	return 0;
}

/* Ranks candidates by the longest end of the title phrase their
 * description holds; returns the best score, *best the only best (or -1). */
static size_t
title_score(const frus_names *nm, const size_t *cand, size_t nc, const char *buf,
            const word *w, size_t j, size_t i, long *best)
{
	*best = -1;
	for (size_t k = j; k < i; k++) {
		if (is_lower(buf + w[k].b))
			continue;
		const char *s = buf + w[k].b;
		size_t n = w[i - 1].e - w[k].b;
		size_t hits = 0;
		long who = -1;
		for (size_t c = 0; c < nc; c++)
			if (desc_has(nm->p[cand[c]].desc, s, n)) {
				hits++;
				who = (long)cand[c];
			}
		if (hits == 1) {
			*best = who;
			return i - k;
		}
		if (hits > 1)
			return i - k;
	}
	return 0;
}

static int
surname_is_title(const person *p)
{
	return in_list(frus_honorific_words, p->surname, strlen(p->surname));
}

/* The end of a suffix after a name that ends at b ("Frederick E.
 * Nolting, Jr.", "John N. Irwin II"), or b: the Office tags it inside. */
static size_t
with_suffix(const char *buf, size_t len, size_t b)
{
	static const char *const SUF[] = { "Jr.", "Sr.", "Jr", "Sr", "III", "II", "IV", NULL };
	size_t p = b;
	if (p < len && buf[p] == ',')
		p++;
	if (p >= len || (buf[p] != ' ' && buf[p] != '\n'))
		return b;
	while (p < len && (buf[p] == ' ' || buf[p] == '\n'))
		p++;
	for (const char *const *x = SUF; *x; x++) {
		size_t l = strlen(*x);
		if (p + l <= len && memcmp(buf + p, *x, l) == 0 &&
		    (p + l == len || !is_wordc(buf + p + l, buf + len)))
			return p + l;
	}
	return b;
}

/* The dashes inside word w that join two parts ("pro-Castro"). */
static int
dash_at(const char *buf, size_t i, size_t e, size_t *dl)
{
	if (buf[i] == '-') {
		*dl = 1;
		return 1;
	}
	if (i + 3 <= e && (unsigned char)buf[i] == 0xe2 && (unsigned char)buf[i + 1] == 0x80 &&
	    ((unsigned char)buf[i + 2] == 0x93 || (unsigned char)buf[i + 2] == 0x91)) {
		*dl = 3;
		return 1;
	}
	return 0;
}

static int
starts_form(const frus_names *nm, const char *s, size_t n)
{
	n -= possessive(s, n);
	char *key = fold_dup(s, n, 0);
	int r = xmlHashLookup(nm->first, X(key)) != NULL;
	free(key);
	return r;
}

/* "pro-Castro", "the President’s-Kissinger’s-Shultz’s views": a word
 * joined by dashes is cut into its parts when a part, but not the whole,
 * is a listed name ("Ormsby-Gore" stays whole, and so does "Kai-shek"). */
static size_t
split_compounds(const frus_names *nm, const char *buf, word **wp, size_t nw)
{
	word *w = *wp, *o = NULL;
	size_t no = 0, cap = 0;
	for (size_t i = 0; i < nw; i++) {
		size_t b = w[i].b, e = w[i].e, cuts[16], nc = 0, dl;
		for (size_t k = b; k < e && nc < 16; k++)
			if (dash_at(buf, k, e, &dl)) {
				cuts[nc++] = k;
				k += dl - 1;
			}
		int split = 0;
		if (nc && !starts_form(nm, buf + b, e - b)) {
			size_t pb = b;
			for (size_t c = 0; c <= nc && !split; c++) {
				size_t pe = c < nc ? cuts[c] : e;
				if (pe > pb && is_upper(buf + pb) && starts_form(nm, buf + pb, pe - pb))
					split = 1;
				if (c < nc)
					dash_at(buf, cuts[c], e, &dl), pb = cuts[c] + dl;
			}
		}
		if (no + nc + 1 > cap) {
			cap = (no + nc + 1) * 2;
			o = frus_xrealloc(o, cap * sizeof *o);
		}
		if (!split) {
			o[no++] = w[i];
			continue;
		}
		size_t pb = b;
		for (size_t c = 0; c <= nc; c++) {
			size_t pe = c < nc ? cuts[c] : e;
			if (pe > pb) {
				o[no].b = pb;
				o[no++].e = pe;
			}
			if (c < nc)
				dash_at(buf, cuts[c], e, &dl), pb = cuts[c] + dl;
		}
	}
	free(w);
	*wp = o;
	return no;
}

/* Whether word i follows "Sir" or "Dame" and is not the given name
 * before the surname ("Sir Leslie said", not "Sir Leslie Rowan"). */
static int
after_sir(const char *buf, const word *w, size_t nw, size_t i, const person *p)
{
	if (i == 0 || !(word_is(buf, &w[i - 1], "Sir") || word_is(buf, &w[i - 1], "Dame")))
		return 0;
	if (w[i].b == w[i - 1].e || !only_space(buf + w[i - 1].e, w[i].b - w[i - 1].e))
		return 0;
	if (i + 1 < nw && only_space(buf + w[i].e, w[i + 1].b - w[i].e)) {
		size_t l = w[i + 1].e - w[i + 1].b;
		l -= possessive(buf + w[i + 1].b, l);
		if (feq(buf + w[i + 1].b, l, p->surname, strlen(p->surname), 0))
			return 0;
	}
	return 1;
}

/* Forms of address that only ever stand before a person's name. */
static const char *const ADDRESS[] = {
	"Dame", "Dr", "Herr", "Madame", "Messrs", "Miss", "Mlle", "Mme", "Monsieur", "Mr", "Mrs",
	"Ms", "Senhor", "Senor", "Señor", "Signor", "Sir", NULL
};

static int
pm_cmp(const void *x, const void *y)
{
	const pmatch *a = x, *b = y;
	return a->a < b->a ? -1 : a->a > b->a;
}

/* "Mr. Cottman", "Sir Hubert Graves": a name after a form of address that
 * is no one of the list is still a person's, and the Office tags it
 * (persName without @corresp).  Adds those to m[0..n), in text order. */
static size_t
addressed(const char *buf, const word *w, size_t nw, pmatch **mp, size_t n)
{
	pmatch *m = *mp;
	size_t n0 = n;
	for (size_t i = 0; i + 1 < nw; i++) {
		if (!in_list(ADDRESS, buf + w[i].b, w[i].e - w[i].b))
			continue;
		size_t j = i + 1, last = 0;
		while (j < nw && j - i <= 4) {
			const char *gap = buf + w[j - 1].e;
			size_t gl = w[j].b - w[j - 1].e;
			int dot = gl >= 2 && gap[0] == '.' && only_space(gap + 1, gl - 1);
			if (gl == 0 || (!only_space(gap, gl) && !dot))
				break;
			const char *s = buf + w[j].b;
			size_t l = w[j].e - w[j].b;
			if (!is_upper(s) || frus_is_honorific(s, l) || in_list(frus_function_words, s, l))
				break;
			last = j++;
		}
		if (!last)
			continue;
		size_t a = w[i + 1].b, b = w[last].e;
		b -= possessive(buf + w[last].b, b - w[last].b);
		int taken = 0;
		for (size_t k = 0; k < n0 && !taken; k++)
			if (m[k].a < b && a < m[k].b)
				taken = 1;
		if (taken) {
			i = last;
			continue;
		}
		pmatch pm = { a, b, -1, 0, 2 };
		m = frus_xrealloc(m, (n + 1) * sizeof *m);
		m[n++] = pm;
		i = last;
	}
	if (n > n0)
		qsort(m, n, sizeof *m, pm_cmp);
	*mp = m;
	return n;
}

/* Finds the persons of run r; fills m (caller frees). */
size_t
frus_names_find_persons(frus_names *nm, run *r, pmatch **out)
{
	word *w;
	size_t nw = frus_words_of(r->buf, r->len, &w);
	nw = split_compounds(nm, r->buf, &w, nw);
	pmatch *m = NULL;
	size_t nm_ = 0;
	const char *buf = r->buf;
	for (size_t i = 0; i < nw; i++) {
		const char *s = buf + w[i].b;
		size_t l = w[i].e - w[i].b;
		size_t pos = possessive(s, l);
		char *key = fold_dup(s, l, 0);
		intptr_t at = (intptr_t)xmlHashLookup(nm->first, X(key));
		if (!at && pos) {
			free(key);
			key = fold_dup(s, l - pos, 0);
			at = (intptr_t)xmlHashLookup(nm->first, X(key));
		}
		if (!at && is_upper(s)) {
			/* "de Gaulle" written "De Gaulle" */
			char *lk = fold_dup(s, l, 0);
			lk[0] = (char)(lk[0] + 32);
			at = (intptr_t)xmlHashLookup(nm->first, X(lk));
			free(lk);
		}
		free(key);
		if (!at)
			continue;
		/* the longest forms that match here */
		size_t best = 0, cand[64], nc = 0, endw = i, endb = 0;
		for (intptr_t j = at - 1; j >= 0; j = nm->f[j].next) {
			form *f = &nm->f[j];
			if (i + f->ntok > nw || f->ntok < best)
				continue;
			if (f->sir && !after_sir(buf, w, nw, i, &nm->p[f->person]))
				continue;
			size_t t = 0, eb = 0;
			for (; t < f->ntok; t++) {
				const word *x = &w[i + t];
				size_t xl = x->e - x->b;
				if (t > 0 && !(only_space(buf + w[i + t - 1].e, x->b - w[i + t - 1].e) &&
				               x->b > w[i + t - 1].e))
					break;
				int last = t + 1 == f->ntok;
				size_t tl = strlen(f->tok[t]);
				int ci = in_list(frus_particle_words, f->tok[t], tl);
				if (feq(buf + x->b, xl, f->tok[t], tl, ci))
					eb = x->e;
				else if (last && possessive(buf + x->b, xl) &&
				         feq(buf + x->b, xl - possessive(buf + x->b, xl), f->tok[t], tl, ci))
					eb = x->e - possessive(buf + x->b, xl);
				else
					break;
			}
			if (t < f->ntok)
				continue;
			if (f->ntok > best) {
				best = f->ntok;
				nc = 0;
			}
			size_t c = 0;
			while (c < nc && cand[c] != f->person)
				c++;
			if (c == nc && nc < 64)
				cand[nc++] = f->person;
			endw = i + f->ntok - 1;
			endb = eb;
		}
		if (!nc)
			continue;
		/* what follows: "Carter Library" is an institution */
		if (endw + 1 < nw && only_space(buf + w[endw].e, w[endw + 1].b - w[endw].e) &&
		    (word_is(buf, &w[endw + 1], "Library") || word_is(buf, &w[endw + 1], "Material") ||
		     word_is(buf, &w[endw + 1], "Collection"))) {
			i = endw;
			continue;
		}
		/* the given names before it, per candidate */
		size_t ext[64], start[64], maxext = 0;
		for (size_t c = 0; c < nc; c++) {
			ext[c] = extension(&nm->p[cand[c]], buf, w, i, &start[c]);
			if (ext[c] > maxext)
				maxext = ext[c];
		}
		size_t tj = title_phrase(buf, w, i);
		int titled = tj < i && (frus_is_honorific(buf + w[i - 1].b, w[i - 1].e - w[i - 1].b) ||
		                        hash_has(nm->vocab, buf + w[i - 1].b, w[i - 1].e - w[i - 1].b));
		/* "Raul Castro": another person's given name before it */
		if (!maxext && i > 0 && only_space(buf + w[i - 1].e, w[i].b - w[i - 1].e) &&
		    w[i].b > w[i - 1].e) {
			const char *ps = buf + w[i - 1].b;
			size_t pl = w[i - 1].e - w[i - 1].b;
			char *pk = fold_dup(ps, pl, 0);
			int known = xmlHashLookup(nm->first, X(pk)) != NULL;
			free(pk);
			int nick = 0;
			for (size_t c = 0; c < nc && !nick; c++)
				for (size_t g = 0; g < nm->p[cand[c]].ngiven; g++)
					if (pl >= 2 && strlen(nm->p[cand[c]].given[g]) > pl &&
					    memcmp(nm->p[cand[c]].given[g], ps, pl) == 0)
						nick = 1;   /* "Cy" for Cyrus */
			char *bg = frus_xstrndup(ps, endb - w[i - 1].b);
			int phrase = strstr(nm->descs, bg) != NULL;   /* "New York" */
			free(bg);
			if (is_upper(ps) && !frus_is_honorific(ps, pl) && !in_list(frus_function_words, ps, pl) &&
			    (phrase || !hash_has(nm->vocab, ps, pl)) && !known && !memchr(ps, '.', pl) &&
			    !(pl > 1 && is_upper(ps + 1)) && !nick) {
				if (nm->pass == 2) {
					xmlNodePtr at_node = r->v[0].node->parent;
					frus_warning(nm->file, xmlGetLineNo(at_node), 1,
					             "\"%.*s\": not the list's %s; left untagged",
					             (int)(endb - w[i - 1].b), ps, nm->p[cand[0]].name);
					nm->warnings++;
				}
				i = endw;
				continue;
			}
		}
		/* ordinary words, places and titles need a title or given name */
		int weak = 1;
		for (size_t c = 0; c < nc; c++)
			if (!nm->p[cand[c]].common)
				weak = 0;
		if (best == 1 && weak && !maxext && !titled) {
			i = endw;
			continue;
		}
		if (best == 1 && nc && surname_is_title(&nm->p[cand[0]]) && !maxext) {
			int before_the = i > 0 && (word_is(buf, &w[i - 1], "the") || word_is(buf, &w[i - 1], "The"));
			int cap_after = endw + 1 < nw &&
			                only_space(buf + w[endw].e, w[endw + 1].b - w[endw].e) &&
			                is_upper(buf + w[endw + 1].b);
			if (before_the || cap_after) {
				i = endw;
				continue;
			}
		}
		pmatch pm = { w[i].b, endb, -1, 0, 0 };
		if (maxext && endb == w[endw].e)
			pm.b = with_suffix(buf, r->len, endb);
		if (maxext) {
			size_t nbest = 0;
			long who = -1;
			for (size_t c = 0; c < nc; c++)
				if (ext[c] == maxext) {
					nbest++;
					who = (long)cand[c];
					pm.a = start[c];
				}
			if (nbest == 1) {
				pm.person = who;
				pm.strong = 1;
			} else {
				size_t keep = 0;
				for (size_t c = 0; c < nc; c++)
					if (ext[c] == maxext)
						cand[keep++] = cand[c];
				nc = keep;
			}
		}
		if (pm.person < 0 && nc > 1 && tj < i) {
			long who;
			if (title_score(nm, cand, nc, buf, w, tj, i, &who) && who >= 0) {
				pm.person = who;
				pm.strong = 1;
			}
		}
		if (pm.person < 0 && nc == 1) {
			pm.person = (long)cand[0];
			pm.strong = 1;
		}
		if (pm.person < 0 && nm->pass == 2) {
			/* the one the document, or else the volume, names plainly */
			long who = -1;
			size_t hits = 0;
			for (size_t c = 0; c < nc; c++)
				if (nm->p[cand[c]].strong_doc) {
					hits++;
					who = (long)cand[c];
				}
			if (hits != 1) {
				unsigned long top = 0;
				hits = 0;
				for (size_t c = 0; c < nc; c++) {
					unsigned long v = nm->p[cand[c]].strong;
					if (v > top) {
						top = v;
						who = (long)cand[c];
						hits = 1;
					} else if (v == top && v) {
						hits++;
					}
				}
			}
			if (hits == 1)
				pm.person = who;
			else
				pm.warn = 1;
		}
		m = frus_xrealloc(m, (nm_ + 1) * sizeof *m);
		m[nm_++] = pm;
		i = endw;
	}
	if (nm->pass == 2)
		nm_ = addressed(buf, w, nw, &m, nm_);
	free(w);
	*out = m;
	return nm_;
}
