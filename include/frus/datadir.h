/* datadir.h — where the tools find their XSLT and schemas.
 *
 * In order: the --datadir option (frus_set_datadir), the FRUS_DATADIR
 * environment variable, the source tree the running binary was built in
 * (so tools work uninstalled), and the installed $(PREFIX)/share/frus-tools. */
#ifndef FRUS_DATADIR_H
#define FRUS_DATADIR_H

void frus_set_datadir(const char *dir);
const char *frus_datadir(void);
/* frus_datadir() + "/" + rel, malloc'd. */
char *frus_datapath(const char *rel);

#endif
