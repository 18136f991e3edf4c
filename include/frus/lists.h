/* lists.h — a volume's List of Persons and List of Abbreviations and Terms.
 *
 * The two list pages are read from their web-copy text ("  • Surname,
 * Given, description" / "  • ABBR, meaning", with "[Page XIX]" lines) or
 * from the Office's TEI of them (div xml:id="persons"/"terms", list
 * type="names"/"terms", item/hi/persName|term with xml:id), and written as
 * that TEI.  An entry may name more than one person or term ("ARA or
 * ARA/LA", "Deng Xiaoping (Teng Hsiao-p'ing)"): each name has its own id.
 *
 * Ids follow the Office's scheme (frus-ids.sch): "p_" + the capitals of
 * the name + "_" + a counter, "t_" + the term without non-word characters
 * + "_" + a counter, counted in list order, so the same list gives the
 * same ids on every run. */
#ifndef FRUS_LISTS_H
#define FRUS_LISTS_H

#include <stddef.h>
#include <libxml/tree.h>
#include "frus/text.h"

enum frus_list_kind { FRUS_LIST_NONE, FRUS_LIST_PERSONS, FRUS_LIST_TERMS };

typedef struct {
	char *text;          /* the persName/term text, as in the list */
	char *id;
} frus_list_name;

typedef struct {
	frus_list_name *names;
	size_t nnames;
	char *desc;          /* the description, without the comma before it */
	long line;           /* 1-based line in the source (0 if unknown) */
} frus_list_entry;

typedef struct {
	enum frus_list_kind kind;
	char *head;          /* "Persons", "List of Abbreviations", ... */
	frus_list_entry *v;
	size_t n;
	const char *file;    /* for messages */
	xmlNodePtr div;      /* the section (owned by doc) */
	xmlDocPtr doc;       /* the TEI the list was read from or written to */
} frus_list;

/* The kind of list page whose first line (head) is line[0..len-1]. */
enum frus_list_kind frus_list_kind_of_head(const char *line, size_t len);

/* Converts the web-copy text of a list page into its TEI document (a TEI
 * with a teiHeader and the section div in text/body).  Returns 0, or an
 * FRUS_EXIT_* status after reporting "file:line:col". */
int frus_list_from_text(frus_list *l, const frus_text *t, const char *volume);

/* Reads a list from a file holding either form (TEI when the first
 * non-blank character is "<").  kind says which list is wanted. */
int frus_list_read(frus_list *l, const char *path, enum frus_list_kind kind);

void frus_list_free(frus_list *l);

/* Moves the list's section div into parent (appended), taking it out of
 * l->doc; l->div then points at the moved node. */
void frus_list_adopt(frus_list *l, xmlNodePtr parent);

#endif
