/* nametable.c — the names linker's tables, built once from the lists:
 * each person's surname forms (looked up by their first word), given names,
 * nicknames and description; the terms, longest first; and the words the
 * rules ask about (seen in lower case, in the descriptions, after "of"). */
#include <stdlib.h>
#include <string.h>
#include "frus/err.h"
#include "frus/nametable.h"

#define X(s) ((const xmlChar *)(s))

static char **
push_str(char **v, size_t *n, char *s)
{
	v = frus_xrealloc(v, (*n + 1) * sizeof *v);
	v[(*n)++] = s;
	return v;
}

static void
add_form(frus_names *nm, size_t pi, const char *s, size_t n, int sir)
{
	word *w;
	size_t k = frus_words_of(s, n, &w);
	if (k == 0) {
		free(w);
		return;
	}
	form f = { NULL, 0, pi, -1, sir };
	for (size_t i = 0; i < k; i++)
		f.tok = push_str(f.tok, &f.ntok, frus_xstrndup(s + w[i].b, w[i].e - w[i].b));
	free(w);
	/* the same form twice for one person: keep one */
	char *key = fold_dup(f.tok[0], strlen(f.tok[0]), 0);
	intptr_t at = (intptr_t)xmlHashLookup(nm->first, X(key));
	for (intptr_t j = at - 1; j >= 0; j = nm->f[j].next) {
		form *g = &nm->f[j];
		if (g->person != pi || g->ntok != f.ntok || g->sir != sir)
			continue;
		size_t m = 0;
		while (m < f.ntok && strcmp(g->tok[m], f.tok[m]) == 0)
			m++;
		if (m == f.ntok) {
			for (size_t i = 0; i < f.ntok; i++)
				free(f.tok[i]);
			free(f.tok);
			free(key);
			return;
		}
	}
	f.next = (int)at - 1;
	nm->f = frus_xrealloc(nm->f, (nm->nf + 1) * sizeof *nm->f);
	nm->f[nm->nf++] = f;
	xmlHashUpdateEntry(nm->first, X(key), (void *)(intptr_t)nm->nf, NULL);
	free(key);
}

/* Splits "Surname, Given M., Jr. “Nick”" into surname forms, given names
 * and nicknames. */
static void
add_person(frus_names *nm, const char *id, const char *name, const char *desc)
{
	nm->p = frus_xrealloc(nm->p, (nm->np + 1) * sizeof *nm->p);
	size_t pi = nm->np++;
	person *p = &nm->p[pi];
	memset(p, 0, sizeof *p);
	p->id = id;
	p->name = name;
	p->desc = desc ? desc : "";
	size_t n = strlen(name);
	const char *comma = NULL;
	int inq = 0;
	for (const char *c = name; *c; c++) {
		if (strncmp(c, "\xe2\x80\x9c", 3) == 0 || (*c == '"' && !inq))
			inq = 1;
		else if (strncmp(c, "\xe2\x80\x9d", 3) == 0 || (*c == '"' && inq))
			inq = 0;
		else if (*c == ',' && !inq && !comma)
			comma = c;
	}
	const char *sur = name, *sure = comma ? comma : name + n;
	/* "(Teng Hsiao-p'ing)", "Hussein bin Talal I (Husayn)": no parentheses */
	if (*sur == '(')
		sur++;
	const char *par = memchr(sur, '(', (size_t)(sure - sur));
	if (par)
		sure = par;
	while (sure > sur && (sure[-1] == ' ' || sure[-1] == ')'))
		sure--;
	word *w;
	size_t k = frus_words_of(sur, (size_t)(sure - sur), &w);
	if (k == 0) {
		free(w);
		return;
	}
	add_form(nm, pi, sur, (size_t)(sure - sur), 0);
	if (k > 1) {
		/* "Castro Ruz" is also "Castro"; "de Guiringaud" "Guiringaud";
		 * "Chiang Kai-shek" "Chiang" */
		size_t f0 = 0;
		while (f0 < k && in_list(frus_particle_words, sur + w[f0].b, w[f0].e - w[f0].b))
			f0++;
		if (f0 == 0)
			add_form(nm, pi, sur + w[0].b, w[0].e - w[0].b, 0);
		else if (f0 < k)
			add_form(nm, pi, sur + w[f0].b, (size_t)(sure - sur) - w[f0].b, 0);
		if (f0 > 0 && f0 < k && is_lower(sur + w[0].b)) {
			/* "De Gaulle" for "de Gaulle" at a sentence start: forms are
			 * matched with the particle's case ignored */
		}
		/* "Merry del Val y Alzola": the father's name before "y" is
		 * the name in use ("Merry del Val") */
		for (size_t y = 2; y < k; y++)
			if (w[y].e - w[y].b == 1 && sur[w[y].b] == 'y' && y + 1 < k) {
				add_form(nm, pi, sur, w[y - 1].e, 0);
				break;
			}
	}
	size_t main = 0;
	while (main + 1 < k && in_list(frus_particle_words, sur + w[main].b, w[main].e - w[main].b))
		main++;
	p->surname = frus_xstrndup(sur + w[main].b, w[main].e - w[main].b);
	free(w);
	if (comma) {
		const char *g = comma + 1, *ge = name + n;
		int q = 0, knight = 0;
		const char *qb = NULL;
		for (const char *c = g; c < ge;) {
			if (strncmp(c, "\xe2\x80\x9c", 3) == 0 || (*c == '"' && !q)) {
				q = 1;
				c += *c == '"' ? 1 : 3;
				qb = c;
				continue;
			}
			if (q && (strncmp(c, "\xe2\x80\x9d", 3) == 0 || *c == '"')) {
				const char *qe = c;
				while (qe > qb && (qe[-1] == ',' || qe[-1] == ' '))
					qe--;
				if (qe > qb)
					p->nick = push_str(p->nick, &p->nnick, frus_xstrndup(qb, (size_t)(qe - qb)));
				q = 0;
				c += *c == '"' ? 1 : 3;
				continue;
			}
			if (q || !is_wordc(c, ge)) {
				c += u8len((unsigned char)*c);
				continue;
			}
			const char *b = c;
			while (c < ge && (is_wordc(c, ge) || *c == '.' || *c == '-'))
				c += u8len((unsigned char)*c);
			size_t l = (size_t)(c - b);
			while (l && b[l - 1] == '.')
				l--;
			static const char *const SUF[] = { "Jr", "Sr", "II", "III", "IV", "Ill", "or", NULL };
			/* a rank is no given name, nor the word that opens one
			 * ("Rear Adm.", "Field Marshal") */
			const char *nx = c;
			while (nx < ge && (*nx == ' ' || *nx == ','))
				nx++;
			size_t nl = 0;
			while (nx + nl < ge && is_wordc(nx + nl, ge))
				nl += u8len((unsigned char)nx[nl]);
			int rank = frus_is_honorific(b, l) || (nl && frus_is_honorific(nx, nl));
			/* "Rowan, Sir Leslie": a knight is "Sir Leslie" too */
			if (knight == 1 && !rank && !in_list(SUF, b, l)) {
				add_form(nm, pi, b, l, 1);
				knight = 2;
			}
			if (((l == 3 && !memcmp(b, "Sir", 3)) || (l == 4 && !memcmp(b, "Dame", 4))) && !knight)
				knight = 1;
			if (!in_list(SUF, b, l) && !rank)
				p->given = push_str(p->given, &p->ngiven, frus_xstrndup(b, l));
		}
	}
}

static void
add_words(xmlHashTablePtr lower, xmlHashTablePtr vocab, const char *s, size_t n)
{
	word *w;
	size_t k = frus_words_of(s, n, &w);
	for (size_t i = 0; i < k; i++) {
		const char *b = s + w[i].b;
		size_t l = w[i].e - w[i].b;
		l -= possessive(b, l);
		char *key = fold_dup(b, l, 0);
		if (is_lower(b) && lower)
			xmlHashUpdateEntry(lower, X(key), (void *)1, NULL);
		else if (vocab && is_upper(b))
			xmlHashUpdateEntry(vocab, X(key), (void *)1, NULL);
		free(key);
	}
	free(w);
}

/* Words after "of", "to", "in" in the descriptions: places ("King of
 * Jordan"), so a surname that is one needs more than itself. */
static void
add_places(xmlHashTablePtr places, const char *s, size_t n)
{
	word *w;
	size_t k = frus_words_of(s, n, &w);
	for (size_t i = 1; i < k; i++) {
		const char *pw = s + w[i - 1].b;
		size_t pl = w[i - 1].e - w[i - 1].b;
		if (!((pl == 2 && (!memcmp(pw, "of", 2) || !memcmp(pw, "to", 2) || !memcmp(pw, "in", 2)))))
			continue;
		if (!only_space(s + w[i - 1].e, w[i].b - w[i - 1].e) || !is_upper(s + w[i].b))
			continue;
		char *key = fold_dup(s + w[i].b, w[i].e - w[i].b, 0);
		xmlHashUpdateEntry(places, X(key), (void *)1, NULL);
		free(key);
	}
	free(w);
}

static int
term_cmp(const void *a, const void *b)
{
	const term *x = a, *y = b;
	return x->n < y->n ? 1 : x->n > y->n ? -1 : 0;
}

void
frus_names_tables_build(frus_names *nm, const frus_list *persons, const frus_list *terms)
{
	nm->first = xmlHashCreate(512);
	nm->lower = xmlHashCreate(4096);
	nm->vocab = xmlHashCreate(1024);
	nm->places = xmlHashCreate(256);
	nm->descs = frus_xstrdup("");
	for (size_t i = 0; persons && i < persons->n; i++) {
		const frus_list_entry *e = &persons->v[i];
		for (size_t k = 0; k < e->nnames; k++)
			add_person(nm, e->names[k].id, e->names[k].text, e->desc);
		add_words(nm->lower, nm->vocab, e->desc, strlen(e->desc));
		add_places(nm->places, e->desc, strlen(e->desc));
		size_t ol = nm->descs ? strlen(nm->descs) : 0, dl = strlen(e->desc);
		nm->descs = frus_xrealloc(nm->descs, ol + dl + 2);
		memcpy(nm->descs + ol, e->desc, dl);
		nm->descs[ol + dl] = '\n';
		nm->descs[ol + dl + 1] = '\0';
	}
	for (size_t i = 0; terms && i < terms->n; i++) {
		const frus_list_entry *e = &terms->v[i];
		for (size_t k = 0; k < e->nnames; k++) {
			nm->t = frus_xrealloc(nm->t, (nm->nt + 1) * sizeof *nm->t);
			nm->t[nm->nt].s = e->names[k].text;
			nm->t[nm->nt].n = strlen(e->names[k].text);
			nm->t[nm->nt++].id = e->names[k].id;
		}
		add_words(nm->lower, NULL, e->desc, strlen(e->desc));
	}
	/* longest first, list order among equals */
	if (nm->nt)
		qsort(nm->t, nm->nt, sizeof *nm->t, term_cmp);
}

void
frus_names_tables_free(frus_names *nm)
{
	for (size_t i = 0; i < nm->nf; i++) {
		for (size_t k = 0; k < nm->f[i].ntok; k++)
			free(nm->f[i].tok[k]);
		free(nm->f[i].tok);
	}
	free(nm->f);
	for (size_t i = 0; i < nm->np; i++) {
		for (size_t k = 0; k < nm->p[i].ngiven; k++)
			free(nm->p[i].given[k]);
		for (size_t k = 0; k < nm->p[i].nnick; k++)
			free(nm->p[i].nick[k]);
		free(nm->p[i].given);
		free(nm->p[i].nick);
		free(nm->p[i].surname);
	}
	free(nm->p);
	free(nm->t);
	xmlHashFree(nm->first, NULL);
	xmlHashFree(nm->lower, NULL);
	xmlHashFree(nm->vocab, NULL);
	xmlHashFree(nm->places, NULL);
	free(nm->descs);
}

/* Surnames that are also ordinary words (seen in lower case) or places. */
void
frus_names_mark_common(frus_names *nm)
{
	for (size_t i = 0; i < nm->np; i++) {
		person *p = &nm->p[i];
		char *low = fold_dup(p->surname, strlen(p->surname), 1);
		char *key = fold_dup(p->surname, strlen(p->surname), 0);
		p->common = xmlHashLookup(nm->lower, X(low)) != NULL ||
		            xmlHashLookup(nm->places, X(key)) != NULL;
		free(low);
		free(key);
	}
}

void
frus_names_collect_lower(frus_names *nm, xmlNodePtr n)
{
	for (xmlNodePtr c = n->children; c; c = c->next) {
		if (c->type == XML_TEXT_NODE)
			add_words(nm->lower, NULL, (const char *)c->content, (size_t)xmlStrlen(c->content));
		else if (c->type == XML_ELEMENT_NODE && !frus_is_tei(c, "teiHeader"))
			frus_names_collect_lower(nm, c);
	}
}
