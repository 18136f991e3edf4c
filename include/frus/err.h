/* err.h — the one way every tool reports a problem.
 *
 * Messages have the form "tool: file:line:col: message" (line and col are
 * left out when 0), so editors and CI annotators can jump to the spot.
 * Exit statuses are the same for every tool. */
#ifndef FRUS_ERR_H
#define FRUS_ERR_H

#include <stdarg.h>
#include <stddef.h>

enum {
	FRUS_EXIT_OK      = 0,  /* success */
	FRUS_EXIT_INVALID = 1,  /* input invalid or conversion failed */
	FRUS_EXIT_USAGE   = 2   /* usage, I/O or could-not-parse error */
};

/* Set once from argv[0]; messages then start with "name: ".  Returns the
 * name without its directory, for argv[0] (getopt's messages use it). */
char *frus_setprogname(char *argv0);
const char *frus_progname(void);

/* Silences warnings (errors are always printed). */
extern int frus_quiet;
/* Turns every warning into an error (counted in frus_nerrors). */
extern int frus_strict;
extern unsigned long frus_nerrors, frus_nwarnings;

/* file may be NULL (no location); line/col 0 mean unknown. */
void frus_error(const char *file, long line, long col, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void frus_warning(const char *file, long line, long col, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* A message that is neither error nor warning (--explain): not counted,
 * not silenced. */
void frus_info(const char *file, long line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void frus_verror(const char *file, long line, long col, const char *fmt, va_list ap);

/* Prints "tool: message" and exits with status. */
void frus_die(int status, const char *fmt, ...)
	__attribute__((format(printf, 2, 3), noreturn));

/* The shared --version text. */
void frus_version(void);

/* Allocation that cannot fail: out of memory ends the tool with status 2. */
void *frus_xmalloc(size_t n);
void *frus_xrealloc(void *p, size_t n);
char *frus_xstrdup(const char *s);
char *frus_xstrndup(const char *s, size_t n);

#endif
