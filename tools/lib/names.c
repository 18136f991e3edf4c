/* names.c — persName and gloss linked to the volume's lists (see names.h).
 *
 * The text of each run of sibling text nodes (page breaks inside count as
 * nothing, so "Kissin<pb/>ger" is one word) is flattened, cut into words,
 * and matched against the surnames of the list of persons and then against
 * the terms; a match becomes an element wrapped around exactly its text,
 * so the text itself never changes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/hash.h>
#include "frus/err.h"
#include "frus/names.h"
#include "frus/volume.h"

#define X(s) ((const xmlChar *)(s))

/* ---- characters and words ---- */

static size_t
u8len(unsigned char c)
{
	return c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
}

/* A letter or digit (any non-ASCII character outside general punctuation
 * and Latin-1 symbols counts as a letter). */
static int
is_wordc(const char *s, const char *e)
{
	unsigned char c = (unsigned char)*s;
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	if (c == 0xe2 || c == 0xc2)
		return 0;
	if (c == 0xc3 && s + 1 < e && ((unsigned char)s[1] == 0x97 || (unsigned char)s[1] == 0xb7))
		return 0;   /* × ÷ */
	return 1;
}

static int
is_upper(const char *s)
{
	unsigned char c = (unsigned char)*s;
	if (c >= 'A' && c <= 'Z')
		return 1;
	/* Latin-1 capitals À-Þ */
	return c == 0xc3 && (unsigned char)s[1] >= 0x80 && (unsigned char)s[1] <= 0x9e;
}

static int
is_lower(const char *s)
{
	unsigned char c = (unsigned char)*s;
	return (c >= 'a' && c <= 'z') || (c == 0xc3 && (unsigned char)s[1] >= 0x9f);
}

/* Characters that join two word characters into one word. */
static size_t
joiner(const char *s, const char *e)
{
	if (*s == '.' || *s == '\'' || *s == '-' || *s == '&')
		return 1;
	if (e - s >= 3 && (unsigned char)s[0] == 0xe2 && (unsigned char)s[1] == 0x80 &&
	    ((unsigned char)s[2] == 0x99 || (unsigned char)s[2] == 0x93 || (unsigned char)s[2] == 0x91))
		return 3;
	return 0;
}

/* The next character with curly apostrophes and dashes folded. */
static int
fold_next(const char **p, const char *e)
{
	const unsigned char *s = (const unsigned char *)*p;
	if (e - *p >= 3 && s[0] == 0xe2 && s[1] == 0x80) {
		if (s[2] == 0x99 || s[2] == 0x98) {
			*p += 3;
			return '\'';
		}
		if (s[2] == 0x93 || s[2] == 0x91 || s[2] == 0x90) {
			*p += 3;
			return '-';
		}
	}
	(*p)++;
	return s[0];
}

/* Whether a[0..an) equals b[0..bn) once folded; ci: ASCII case ignored. */
static int
feq(const char *a, size_t an, const char *b, size_t bn, int ci)
{
	const char *ae = a + an, *be = b + bn;
	while (a < ae && b < be) {
		int x = fold_next(&a, ae), y = fold_next(&b, be);
		if (ci) {
			if (x >= 'A' && x <= 'Z')
				x += 32;
			if (y >= 'A' && y <= 'Z')
				y += 32;
		}
		if (x != y)
			return 0;
	}
	return a == ae && b == be;
}

/* A folded, malloc'd copy (for hash keys). */
static char *
fold_dup(const char *s, size_t n, int lower)
{
	char *r = frus_xmalloc(n + 1);
	size_t k = 0;
	const char *e = s + n;
	while (s < e) {
		int c = fold_next(&s, e);
		if (lower && c >= 'A' && c <= 'Z')
			c += 32;
		r[k++] = (char)c;
	}
	r[k] = '\0';
	return r;
}

typedef struct {
	size_t b, e;
} word;

/* Cuts s[0..n) into words. */
static size_t
words_of(const char *s, size_t n, word **out)
{
	size_t k = 0, cap = 0;
	word *w = NULL;
	const char *e = s + n;
	for (const char *p = s; p < e;) {
		if (!is_wordc(p, e)) {
			p += u8len((unsigned char)*p);
			continue;
		}
		const char *b = p;
		for (;;) {
			while (p < e && is_wordc(p, e))
				p += u8len((unsigned char)*p);
			size_t j = p < e ? joiner(p, e) : 0;
			if (j && p + j < e && is_wordc(p + j, e))
				p += j;
			else
				break;
		}
		if (k == cap) {
			cap = cap ? cap * 2 : 32;
			w = frus_xrealloc(w, cap * sizeof *w);
		}
		w[k].b = (size_t)(b - s);
		w[k++].e = (size_t)(p - s);
	}
	*out = w;
	return k;
}

/* Length of a possessive ending ("'s", "’s") of s[0..n), or 0. */
static size_t
possessive(const char *s, size_t n)
{
	if (n > 2 && s[n - 1] == 's' && s[n - 2] == '\'')
		return 2;
	if (n > 4 && s[n - 1] == 's' && memcmp(s + n - 4, "\xe2\x80\x99", 3) == 0)
		return 4;
	return 0;
}

static int
only_space(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\n' && s[i] != '\t' && s[i] != '\r')
			return 0;
	return 1;
}

static int
in_list(const char *const *w, const char *s, size_t n)
{
	for (; *w; w++)
		if (strlen(*w) == n && memcmp(*w, s, n) == 0)
			return 1;
	return 0;
}

/* Words before a name that are a title or an honorific, never part of
 * the name ("President Nixon", "Mrs. Carter", "Assistant Secretary"). */
static const char *const HONORIFIC[] = {
	"Acting", "Adm", "Admiral", "Ambassador", "Amb", "Amir", "Archbishop", "Assistant",
	"Ayatollah", "Bishop", "Brig", "Brigadier", "Brother", "Capt", "Captain",
	"Cardinal", "Cdr", "Chairman", "Chairwoman", "Chancellor", "Chargé", "Chief",
	"Cmdr", "Col", "Colonel", "Commander", "Commodore", "Comrade", "Congressman",
	"Congresswoman", "Consul", "Counselor", "Crown", "Dame", "Delegate", "Deputy",
	"Director", "Dr", "Emir", "Emperor", "Envoy", "Father", "Gen", "General",
	"Generalissimo", "Gov", "Governor", "Herr", "Judge", "Justice", "King", "Lady",
	"Leader", "Lieutenant", "Lord", "Lt", "Madame", "Maj", "Major", "Marquis",
	"Marshal", "Mayor", "Messrs", "Minister", "Miss", "Mlle", "Mme", "Monsieur", "Mr",
	"Mrs", "Ms", "Nuncio", "Pope", "Premier", "Pres", "President", "President-elect",
	"Prime", "Prince", "Princess", "Prof", "Professor", "Queen", "Rabbi", "Rep",
	"Representative", "Rev", "Reverend", "Secretary", "Secretary-General", "Secy",
	"Sen", "Senator", "Senators", "Senhor", "Senor", "Señor", "Sergeant", "Sgt", "Shah",
	"Sheikh", "Signor", "Sir", "Sister", "Speaker", "Sultan", "Under", "Vice",
	"Viscount", NULL
};

/* A title, or the plural of one ("Ambassadors Nolting, Brown and Young"). */
static int
is_honorific(const char *s, size_t n)
{
	return in_list(HONORIFIC, s, n) || (n > 3 && s[n - 1] == 's' && in_list(HONORIFIC, s, n - 1));
}

/* Capitalised words that start sentences or phrases, not given names. */
static const char *const FUNCTION[] = {
	"A", "About", "According", "After", "Again", "Also", "Although", "An", "And", "As",
	"At", "Because", "Before", "Both", "But", "By", "Dear", "During", "Either", "Even",
	"For", "From", "He", "Here", "However", "If", "In", "Into", "It", "Later", "Meanwhile",
	"Neither", "Nor", "Now", "Of", "On", "Once", "Only", "Or", "Since", "So", "That", "The",
	"Then", "There", "These", "This", "Those", "Though", "Thus", "To", "Under", "Until",
	"We", "What", "When", "Where", "Whether", "Which", "While", "Who", "With", "Yet",
	"Did", "Does", "Has", "Had", "Have", "Is", "Was", "Were", "Will", "Would", "Should",
	"Could", "Can", "May", "Might", "Must", "Shall", "Let", "Tell", "Ask", "Asked", "Told",
	"Said", "Saw", "Call", "Called", "See", "Cf", "Cc", "Cleared", "Drafted", "Approved",
	"Ibid", "Attachment", "Enclosure", "Tab", "Memorandum", "Telegram", "Letter", NULL
};

/* Words after a single-letter term that make it a label, not a term. */
static const char *const LABELLED[] = {
	"Alternative", "Annex", "Appendix", "Area", "Article", "Attachment", "Battery",
	"Case", "Category", "Chart", "Class", "Column", "Company", "Course", "Draft",
	"Enclosure", "Exhibit", "Figure", "Grade", "Group", "Item", "Level", "Line", "Map",
	"Model", "Operation", "Option", "Paragraph", "Part", "Phase", "Plan", "Point",
	"Program", "Project", "Row", "Schedule", "Section", "Stage", "Tab", "Table", "Tabs",
	"Team", "Title", "Type", "Version", "Vitamin", "Zone", NULL
};

static const char *const PARTICLE[] = {
	"al", "bin", "da", "das", "de", "del", "della", "der", "di", "do", "dos", "du",
	"el", "ibn", "la", "le", "ten", "ter", "van", "von", "y", NULL
};

/* ---- the linker's tables ---- */

typedef struct {
	char **tok;       /* a surname form, word by word */
	size_t ntok;
	size_t person;
	int next;         /* next form with the same first word, or -1 */
	int sir;          /* a knight's given name: only after "Sir" ("Sir Leslie") */
} form;

typedef struct {
	const char *id, *name, *desc;
	char **given;     /* given names and initials, dots dropped */
	size_t ngiven;
	char **nick;
	size_t nnick;
	char *surname;    /* the main surname word (for the vocabulary tests) */
	int common;       /* the surname is also an ordinary word or a place */
	int title;        /* the surname is also a title ("Lord") */
	unsigned long strong;     /* unambiguous mentions in the volume */
	unsigned long strong_doc; /* ... in the current document */
} person;

typedef struct {
	const char *s, *id;
	size_t n;
} term;

struct frus_names {
	person *p;
	size_t np;
	form *f;
	size_t nf;
	xmlHashTablePtr first;   /* folded first word -> form index + 1 */
	term *t;
	size_t nt;
	xmlHashTablePtr lower;   /* words seen in lower case */
	xmlHashTablePtr vocab;   /* capitalised words of the descriptions */
	xmlHashTablePtr places;  /* words after "of/to/in" in the descriptions */
	char *descs;             /* all descriptions, one a line */
	/* per run */
	int pass;
	const char *file;
	frus_names_stats *st;
};

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
	size_t k = words_of(s, n, &w);
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
	size_t k = words_of(sur, (size_t)(sure - sur), &w);
	if (k == 0) {
		free(w);
		return;
	}
	add_form(nm, pi, sur, (size_t)(sure - sur), 0);
	if (k > 1) {
		/* "Castro Ruz" is also "Castro"; "de Guiringaud" "Guiringaud";
		 * "Chiang Kai-shek" "Chiang" */
		size_t f0 = 0;
		while (f0 < k && in_list(PARTICLE, sur + w[f0].b, w[f0].e - w[f0].b))
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
	while (main + 1 < k && in_list(PARTICLE, sur + w[main].b, w[main].e - w[main].b))
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
			int rank = is_honorific(b, l) || (nl && is_honorific(nx, nl));
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
	size_t k = words_of(s, n, &w);
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
	size_t k = words_of(s, n, &w);
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

frus_names *
frus_names_new(const frus_list *persons, const frus_list *terms)
{
	frus_names *nm = frus_xmalloc(sizeof *nm);
	memset(nm, 0, sizeof *nm);
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
	return nm;
}

void
frus_names_free(frus_names *nm)
{
	if (!nm)
		return;
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
	free(nm);
}

/* ---- runs of text ---- */

static int
is_tei(xmlNodePtr n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && xmlStrEqual(n->name, X(name)) && n->ns &&
	       xmlStrEqual(n->ns->href, X(FRUS_TEI_NS));
}

/* Elements whose text is never searched: already tagged, or not prose. */
static int
skipped(xmlNodePtr n)
{
	static const char *const SKIP[] = { "persName", "gloss", "term", "ref", "date", "time",
	                                    "placeName", "orgName", "num", "teiHeader", "label",
	                                    "title", "bibl", NULL };
	if (n->type != XML_ELEMENT_NODE)
		return 0;
	for (const char *const *s = SKIP; *s; s++)
		if (xmlStrEqual(n->name, X(*s)))
			return 1;
	return 0;
}

typedef struct {
	xmlNodePtr node;   /* a text node or a pb */
	size_t start, len; /* in the flat text */
} seg;

typedef struct {
	seg *v;
	size_t n, cap;
	char *buf;
	size_t len, bcap;
} run;

static void
run_add(run *r, xmlNodePtr node)
{
	if (r->n == r->cap) {
		r->cap = r->cap ? 2 * r->cap : 16;
		r->v = frus_xrealloc(r->v, r->cap * sizeof *r->v);
	}
	size_t l = node->type == XML_TEXT_NODE ? (size_t)xmlStrlen(node->content) : 0;
	if (r->len + l + 1 > r->bcap) {
		r->bcap = (r->len + l + 1) * 2;
		r->buf = frus_xrealloc(r->buf, r->bcap);
	}
	if (l)
		memcpy(r->buf + r->len, node->content, l);
	r->v[r->n].node = node;
	r->v[r->n].start = r->len;
	r->v[r->n++].len = l;
	r->len += l;
	r->buf[r->len] = '\0';
}

/* Wraps flat[a..b) of r in a new element.  Matches are applied from the
 * last, so the nodes of the run before a are still as recorded.  (Text
 * nodes are only ever added next to elements or appended: libxml2 merges
 * two adjacent text nodes, which would free one under our feet.) */
static xmlNodePtr
wrap(run *r, size_t a, size_t b, const char *name)
{
	size_t s1 = 0, s2;
	while (s1 + 1 < r->n && !(r->v[s1].node->type == XML_TEXT_NODE &&
	                          a >= r->v[s1].start && a < r->v[s1].start + r->v[s1].len))
		s1++;
	s2 = s1;
	while (s2 + 1 < r->n && !(r->v[s2].node->type == XML_TEXT_NODE &&
	                          b > r->v[s2].start && b <= r->v[s2].start + r->v[s2].len))
		s2++;
	xmlNodePtr n1 = r->v[s1].node, n2 = r->v[s2].node;
	size_t o1 = a - r->v[s1].start, o2 = b - r->v[s2].start;
	xmlNodePtr e = xmlNewDocNode(n1->doc, n1->parent->ns, X(name), NULL);
	xmlChar *c1 = xmlStrdup(n1->content);
	if (n1 == n2) {
		xmlAddChild(e, xmlNewTextLen(c1 + o1, (int)(o2 - o1)));
		xmlAddNextSibling(n1, e);
		if (c1[o2])
			xmlAddNextSibling(e, xmlNewText(c1 + o2));
	} else {
		xmlAddChild(e, xmlNewText(c1 + o1));
		xmlNodePtr c = n1->next;
		xmlAddNextSibling(n1, e);
		while (c && c != n2) {
			xmlNodePtr next = c->next;
			xmlUnlinkNode(c);
			xmlAddChild(e, c);
			c = next;
		}
		xmlChar *c2 = xmlStrdup(n2->content);
		xmlAddChild(e, xmlNewTextLen(c2, (int)o2));
		xmlNodeSetContent(n2, c2 + o2);
		xmlFree(c2);
		if (!n2->content || !*n2->content) {
			xmlUnlinkNode(n2);
			xmlFreeNode(n2);
		}
	}
	c1[o1] = '\0';
	xmlNodeSetContent(n1, c1);
	xmlFree(c1);
	if (o1 == 0) {
		xmlUnlinkNode(n1);
		xmlFreeNode(n1);
	}
	return e;
}

/* ---- persons ---- */

typedef struct {
	size_t a, b;       /* flat offsets of the tag */
	long person;       /* -1: not in the list as such (bare persName) */
	int strong;
	int warn;
} pmatch;

static int
word_is(const char *buf, const word *w, const char *s)
{
	return w->e - w->b == strlen(s) && memcmp(buf + w->b, s, w->e - w->b) == 0;
}

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

static int
hash_has(xmlHashTablePtr h, const char *s, size_t n)
{
	char *key = fold_dup(s, n, 0);
	int r = xmlHashLookup(h, X(key)) != NULL;
	free(key);
	return r;
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
	return in_list(HONORIFIC, p->surname, strlen(p->surname));
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
			if (!is_upper(s) || is_honorific(s, l) || in_list(FUNCTION, s, l))
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
static size_t
find_persons(frus_names *nm, run *r, pmatch **out)
{
	word *w;
	size_t nw = words_of(r->buf, r->len, &w);
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
				int ci = in_list(PARTICLE, f->tok[t], tl);
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
		int titled = tj < i && (is_honorific(buf + w[i - 1].b, w[i - 1].e - w[i - 1].b) ||
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
			if (is_upper(ps) && !is_honorific(ps, pl) && !in_list(FUNCTION, ps, pl) &&
			    (phrase || !hash_has(nm->vocab, ps, pl)) && !known && !memchr(ps, '.', pl) &&
			    !(pl > 1 && is_upper(ps + 1)) && !nick) {
				if (nm->pass == 2) {
					xmlNodePtr at_node = r->v[0].node->parent;
					frus_warning(nm->file, xmlGetLineNo(at_node), 1,
					             "\"%.*s\": not the list's %s; left untagged",
					             (int)(endb - w[i - 1].b), ps, nm->p[cand[0]].name);
					if (nm->st)
						nm->st->warnings++;
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

/* ---- terms ---- */

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

typedef struct {
	size_t a, b;
	const char *id;
} tmatch;

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

static size_t
find_terms(frus_names *nm, run *r, tmatch **out)
{
	tmatch *m = NULL;
	size_t n = 0;
	const char *buf = r->buf, *end = r->buf + r->len;
	/* the run ends where a name tagged before begins */
	xmlNodePtr after = r->n ? r->v[r->n - 1].node->next : NULL;
	int person_next = after && is_tei(after, "persName");
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
			if (is_honorific(tm->s, tm->n)) {
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
	size_t k = words_of(s, n, &w);
	int ok = k >= 1 && k <= 4, lower = 0;
	for (size_t i = 0; i < k && ok; i++) {
		const char *x = s + w[i].b;
		size_t l = w[i].e - w[i].b;
		if (!is_upper(x) || is_honorific(x, l) || in_list(FUNCTION, x, l))
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

static void
head_parties(xmlNodePtr head)
{
	for (xmlNodePtr c = head->children; c; c = c->next) {
		if (c->type != XML_TEXT_NODE)
			continue;
		const char *t = (const char *)c->content;
		size_t n = strlen(t);
		xmlNodePtr nx = c->next;
		int open_end = !nx || is_tei(nx, "note");
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
		run_add(&r, c);
		xmlNodePtr last = c->next;
		for (size_t i = 0; i < k; i++) {
			xmlNodePtr e = wrap(&r, m[i].a, m[i].b, m[i].el);
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

/* ---- walking the documents ---- */

static void
set_ptr(xmlNodePtr e, const char *attr, const char *id)
{
	size_t l = strlen(id) + 2;
	char *v = frus_xmalloc(l);
	snprintf(v, l, "#%s", id);
	xmlNewProp(e, X(attr), X(v));
	free(v);
}

static void
do_run(frus_names *nm, run *r, int terms)
{
	if (!r->n || only_space(r->buf, r->len))
		return;
	if (terms) {
		tmatch *m;
		size_t n = find_terms(nm, r, &m);
		for (size_t k = n; k-- > 0;) {
			xmlNodePtr e = wrap(r, m[k].a, m[k].b, "gloss");
			set_ptr(e, "target", m[k].id);
			if (nm->st)
				nm->st->terms++;
		}
		free(m);
		return;
	}
	pmatch *m;
	size_t n = find_persons(nm, r, &m);
	for (size_t k = 0; k < n; k++)
		if (m[k].strong && m[k].person >= 0 && nm->pass == 1) {
			nm->p[m[k].person].strong++;
			nm->p[m[k].person].strong_doc++;
		}
	if (nm->pass == 2) {
		for (size_t k = n; k-- > 0;) {
			xmlNodePtr e = wrap(r, m[k].a, m[k].b, "persName");
			if (nm->st)
				nm->st->persons++;
			if (m[k].person >= 0) {
				set_ptr(e, "corresp", nm->p[m[k].person].id);
				if (nm->st)
					nm->st->persons_linked++;
			} else if (m[k].warn) {
				xmlChar *t = xmlNodeGetContent(e);
				frus_warning(nm->file, xmlGetLineNo(e->parent), 1,
				             m[k].warn == 2 ? "\"%s\": not in the list of persons; "
				                              "persName left without @corresp"
				                            : "\"%s\": more than one person of the list has "
				                              "this name; persName left without @corresp",
				             (const char *)t);
				xmlFree(t);
				if (nm->st)
					nm->st->warnings++;
			}
		}
	}
	free(m);
}

/* An existing persName (a speaker, a signature) gets its @corresp. */
static void
link_existing(frus_names *nm, xmlNodePtr pn)
{
	if (xmlHasProp(pn, X("corresp")) || nm->pass != 2)
		return;
	xmlChar *t = xmlNodeGetContent(pn);
	run r = { 0 };
	r.buf = frus_xstrdup((const char *)t);
	r.len = strlen(r.buf);
	r.bcap = r.len + 1;
	xmlFree(t);
	/* a one-node run so that find_persons can report against it */
	seg sg = { pn, 0, r.len };
	r.v = &sg;
	r.n = 1;
	pmatch *m;
	size_t n = find_persons(nm, &r, &m);
	if (n >= 1 && nm->st)
		nm->st->persons++;
	if (n >= 1 && m[0].person >= 0) {
		set_ptr(pn, "corresp", nm->p[m[0].person].id);
		if (nm->st)
			nm->st->persons_linked++;
	}
	free(m);
	free(r.buf);
}

static void
walk(frus_names *nm, xmlNodePtr parent, int terms)
{
	run r = { 0 };
	for (xmlNodePtr c = parent->children, next; ; c = next) {
		next = c ? c->next : NULL;
		if (c && (c->type == XML_TEXT_NODE || is_tei(c, "pb"))) {
			run_add(&r, c);
			continue;
		}
		do_run(nm, &r, terms);
		r.n = 0;
		r.len = 0;
		if (!c)
			break;
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (is_tei(c, "persName") && !terms)
			link_existing(nm, c);
		if (!skipped(c))
			walk(nm, c, terms);
	}
	free(r.v);
	free(r.buf);
}

static int
is_document(xmlNodePtr n)
{
	if (!is_tei(n, "div"))
		return 0;
	xmlChar *t = xmlGetProp(n, X("type"));
	int r = t && xmlStrEqual(t, X("document"));
	xmlFree(t);
	return r;
}

static void
for_documents(frus_names *nm, xmlNodePtr n, int terms, const char *file,
              frus_names_origin origin, void *ctx)
{
	for (xmlNodePtr c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || is_tei(c, "teiHeader"))
			continue;
		if (is_document(c)) {
			const char *f = origin ? origin(ctx, c) : NULL;
			nm->file = f ? f : file;
			for (size_t i = 0; i < nm->np; i++)
				nm->p[i].strong_doc = 0;
			if (!terms && nm->pass == 2) {
				/* this document's plain mentions, for its doubtful ones */
				nm->pass = 1;
				unsigned long *keep = frus_xmalloc((nm->np + 1) * sizeof *keep);
				for (size_t i = 0; i < nm->np; i++)
					keep[i] = nm->p[i].strong;
				walk(nm, c, 0);
				for (size_t i = 0; i < nm->np; i++)
					nm->p[i].strong = keep[i];
				free(keep);
				nm->pass = 2;
			}
			walk(nm, c, terms);
			if (terms || !nm->nt) {
				for (xmlNodePtr h = c->children; h; h = h->next)
					if (is_tei(h, "head")) {
						if (nm->pass != 1)
							head_parties(h);
						break;
					}
			}
		} else {
			for_documents(nm, c, terms, file, origin, ctx);
		}
	}
}

/* Surnames that are also ordinary words (seen in lower case) or places. */
static void
mark_common(frus_names *nm)
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

static void
collect_lower(frus_names *nm, xmlNodePtr n)
{
	for (xmlNodePtr c = n->children; c; c = c->next) {
		if (c->type == XML_TEXT_NODE)
			add_words(nm->lower, NULL, (const char *)c->content, (size_t)xmlStrlen(c->content));
		else if (c->type == XML_ELEMENT_NODE && !is_tei(c, "teiHeader"))
			collect_lower(nm, c);
	}
}

void
frus_names_link(frus_names *nm, xmlNodePtr root, const char *file,
                frus_names_origin origin, void *ctx, frus_names_stats *st)
{
	nm->st = st;
	if (nm->np) {
		collect_lower(nm, root);
		mark_common(nm);
		nm->pass = 1;
		for_documents(nm, root, 0, file, origin, ctx);
		nm->pass = 2;
		for_documents(nm, root, 0, file, origin, ctx);
	}
	if (nm->nt)
		for_documents(nm, root, 1, file, origin, ctx);
	nm->st = NULL;
}

static void
report_rec(xmlNodePtr n, const char *doc, FILE *fp)
{
	for (xmlNodePtr c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		const char *d = doc;
		xmlChar *id = NULL;
		if (is_document(c)) {
			id = xmlGetNsProp(c, X("id"), XML_XML_NAMESPACE);
			d = id ? (const char *)id : "";
		}
		int pn = is_tei(c, "persName"), gl = is_tei(c, "gloss");
		if (d && (pn || gl)) {
			xmlChar *t = xmlGetProp(c, X(pn ? "corresp" : "target"));
			xmlChar *txt = xmlNodeGetContent(c);
			fputs(d, fp);
			fprintf(fp, "\t%s\t%s\t", pn ? "persName" : "gloss", t ? (const char *)t + (t[0] == '#') : "");
			int sp = 0, any = 0;
			for (const xmlChar *p = txt; p && *p; p++) {
				if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r') {
					sp = 1;
					continue;
				}
				if (sp && any)
					fputc(' ', fp);
				sp = 0;
				any = 1;
				fputc(*p, fp);
			}
			fputc('\n', fp);
			xmlFree(t);
			xmlFree(txt);
		}
		report_rec(c, d, fp);
		xmlFree(id);
	}
}

void
frus_names_report(xmlNodePtr root, FILE *fp)
{
	report_rec(root, NULL, fp);
}
