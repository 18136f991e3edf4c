/* err.c — one diagnostic helper for all tools (see err.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "frus/err.h"

static const char *progname = "frus";
int frus_quiet;
int frus_strict;
unsigned long frus_nerrors, frus_nwarnings;

char *
frus_setprogname(char *argv0)
{
	char *slash = strrchr(argv0, '/');
	char *name = slash ? slash + 1 : argv0;
	progname = name;
	return name;
}

const char *
frus_progname(void)
{
	return progname;
}

static void
vreport(const char *kind, const char *file, long line, long col, const char *fmt, va_list ap)
{
	fprintf(stderr, "%s: ", progname);
	if (file) {
		if (line > 0 && col > 0)
			fprintf(stderr, "%s:%ld:%ld: ", file, line, col);
		else if (line > 0)
			fprintf(stderr, "%s:%ld: ", file, line);
		else
			fprintf(stderr, "%s: ", file);
	}
	if (kind)
		fprintf(stderr, "%s: ", kind);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void
frus_verror(const char *file, long line, long col, const char *fmt, va_list ap)
{
	frus_nerrors++;
	vreport(NULL, file, line, col, fmt, ap);
}

void
frus_error(const char *file, long line, long col, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	frus_verror(file, line, col, fmt, ap);
	va_end(ap);
}

void
frus_warning(const char *file, long line, long col, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	if (frus_strict) {
		frus_nerrors++;
		vreport(NULL, file, line, col, fmt, ap);
	} else {
		frus_nwarnings++;
		if (!frus_quiet)
			vreport("warning", file, line, col, fmt, ap);
	}
	va_end(ap);
}

void
frus_info(const char *file, long line, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vreport(NULL, file, line, 0, fmt, ap);
	va_end(ap);
}

void
frus_die(int status, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vreport(NULL, NULL, 0, 0, fmt, ap);
	va_end(ap);
	exit(status);
}

void
frus_version(void)
{
	printf("%s (frus-tools) %s\n", progname, FRUS_VERSION);
}

void *
frus_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		frus_die(FRUS_EXIT_USAGE, "out of memory (%zu bytes)", n);
	return p;
}

void *
frus_xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		frus_die(FRUS_EXIT_USAGE, "out of memory (%zu bytes)", n);
	return p;
}

char *
frus_xstrndup(const char *s, size_t n)
{
	char *d = frus_xmalloc(n + 1);
	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

char *
frus_xstrdup(const char *s)
{
	return frus_xstrndup(s, strlen(s));
}
