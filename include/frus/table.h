/* table.h — plain-text tables: columns aligned with spaces or tabs.
 *
 * A run of two or more consecutive lines is a table when every line splits
 * into cells at runs of two or more spaces (or at tabs) and the cells of
 * all lines fall into the same columns: cells whose character extents
 * overlap belong to one column, and no line puts two cells in one column
 * (tab-separated lines: the n-th cell is column n).  Anything less certain
 * is not a table (the caller keeps the lines as paragraphs and warns). */
#ifndef FRUS_TABLE_H
#define FRUS_TABLE_H

#include <stddef.h>

typedef struct {
	size_t off, len;     /* byte span in the table text; len 0: empty cell */
	int num;             /* a figure: "1,322", "$6.1", "67%", "(12)" */
} frus_cell;

typedef struct {
	size_t nrows, ncols;
	frus_cell *cells;    /* nrows * ncols, row-major */
	int header;          /* the first row labels the columns */
	unsigned char *page; /* per row: 1 = the row is a "[Page N]" line (a
	                      * page break between rows; its text in cell 0) */
} frus_table;

/* s[0..n): the lines, separated by '\n'.  Returns 1 and fills *t (free
 * with frus_table_free), or 0 when the lines are no certain table. */
int frus_table_parse(const char *s, size_t n, frus_table *t);
void frus_table_free(frus_table *t);

/* Does this one line hold a column gap (two spaces inside, or a tab)? */
int frus_table_gapped(const char *s, size_t n);

#endif
