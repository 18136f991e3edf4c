/* datadir.c — locating xslt/ and schemas/ (see datadir.h). */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "frus/datadir.h"
#include "frus/err.h"

static char *datadir;

void
frus_set_datadir(const char *dir)
{
	free(datadir);
	datadir = frus_xstrdup(dir);
}

static int
has_xslt(const char *dir)
{
	struct stat st;
	size_t n = strlen(dir) + 16;
	char *p = frus_xmalloc(n);
	snprintf(p, n, "%s/xslt", dir);
	int ok = stat(p, &st) == 0 && S_ISDIR(st.st_mode);
	free(p);
	return ok;
}

/* An uninstalled binary lives in tools/ (or tools/.asan/) of a source tree
 * that has xslt/ and a Makefile beside it. */
static char *
from_build_tree(void)
{
	char exe[PATH_MAX], mk[PATH_MAX + 16];
	struct stat st;
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n <= 0)
		return NULL;
	exe[n] = '\0';
	for (int up = 0; up < 3; up++) {
		char *slash = strrchr(exe, '/');
		if (!slash)
			return NULL;
		*slash = '\0';
		snprintf(mk, sizeof mk, "%s/Makefile", exe);
		if (has_xslt(exe) && stat(mk, &st) == 0)
			return frus_xstrdup(exe);
	}
	return NULL;
}

const char *
frus_datadir(void)
{
	if (datadir)
		return datadir;
	const char *env = getenv("FRUS_DATADIR");
	if (env && *env)
		return datadir = frus_xstrdup(env);
	if ((datadir = from_build_tree()))
		return datadir;
	return datadir = frus_xstrdup(FRUS_DATADIR);
}

char *
frus_datapath(const char *rel)
{
	const char *d = frus_datadir();
	size_t n = strlen(d) + strlen(rel) + 2;
	char *p = frus_xmalloc(n);
	snprintf(p, n, "%s/%s", d, rel);
	return p;
}
