/* nametable.h — what the files of the names linker share: the tables built
 * from the lists (nametable.c), the runs of text a document is read in
 * (namerun.h), and the matches found in them (namepersons.c, nameterms.c). */
#ifndef FRUS_NAMETABLE_H
#define FRUS_NAMETABLE_H

#include <libxml/hash.h>
#include <libxml/tree.h>
#include "frus/namerun.h"
#include "frus/lists.h"
#include "frus/namewords.h"
#include "frus/xmlio.h"

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

/* names.h hands out the same type opaque; the tables are private to the
 * linker's files, which is why this header does not include names.h. */
typedef struct frus_names frus_names;

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
	unsigned long persons, linked, terms, warnings; /* this run's counts */
};


typedef struct {
	size_t a, b;       /* flat offsets of the tag */
	long person;       /* -1: not in the list as such (bare persName) */
	int strong;
	int warn;
} pmatch;

typedef struct {
	size_t a, b;
	const char *id;
} tmatch;


/* The tables (nametable.c): built from the lists, which must outlive them. */
void frus_names_tables_build(frus_names *nm, const frus_list *persons, const frus_list *terms);
void frus_names_tables_free(frus_names *nm);
void frus_names_collect_lower(frus_names *nm, xmlNodePtr n);
void frus_names_mark_common(frus_names *nm);


/* The persons of run r (namepersons.c), in text order; *out malloc'd. */
size_t frus_names_find_persons(frus_names *nm, run *r, pmatch **out);
/* The terms of run r (nameterms.c). */
size_t frus_names_find_terms(frus_names *nm, run *r, tmatch **out);
/* Senders and recipients of a head glossed (nameterms.c). */
void frus_names_head_parties(xmlNodePtr head);

#endif
