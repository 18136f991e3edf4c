# frus-tools — see README.md.
#
# Every tools/*.c is a tool; every tools/lib/*.c goes into libfrus.a; every
# tests/t-*.sh is a test script.  Adding a file needs no edit here.
#
# Builds land in the source tree (sbase style): tools/frus-* and
# tools/lib/*.o.  The sanitizer build goes to tools/.asan/.

VERSION  = 0.1.0
PREFIX  ?= /usr/local
BINDIR   = $(PREFIX)/bin
MANDIR   = $(PREFIX)/share/man/man1
DATADIR  = $(PREFIX)/share/frus-tools

CC      ?= cc
PKGS     = libxml-2.0 libxslt libexslt libzip
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS))
PKG_LIBS   := $(shell pkg-config --libs $(PKGS))

WARN     = -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes
CFLAGS  ?= -O2 -g
ALL_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L $(WARN) $(CFLAGS) -Iinclude $(PKG_CFLAGS) \
             -DFRUS_VERSION='"$(VERSION)"' -DFRUS_DATADIR='"$(DATADIR)"'
LDLIBS   = $(PKG_LIBS) -lm

LIB_SRC  = $(sort $(wildcard tools/lib/*.c))
TOOL_SRC = $(sort $(wildcard tools/frus-*.c))
TOOLS    = $(TOOL_SRC:.c=)
MANS     = $(wildcard tools/*.1)
HDRS     = $(wildcard include/frus/*.h)

# Where the build-tree copies of everything go.
O       ?= tools
LIB_OBJ  = $(patsubst tools/lib/%.c,$(O)/lib/%.o,$(LIB_SRC))
LIBA     = $(O)/lib/libfrus.a
BINS     = $(patsubst tools/%,$(O)/%,$(TOOLS))
UNIT_SRC = $(sort $(wildcard tests/unit/*.c))
UNITS    = $(patsubst tests/unit/%.c,$(O)/unit/%,$(UNIT_SRC))

.PHONY: all check check-fast check-asan asan-build demo install uninstall clean bench fuzz regen FORCE

all: $(BINS) $(UNITS)

$(O)/lib/%.o: tools/lib/%.c $(HDRS)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# The installed data directory is compiled into datadir.o: rebuild it when
# PREFIX changes, so `make install PREFIX=...` never installs a stale path.
$(O)/lib/datadir.o: $(O)/lib/.datadir
$(O)/lib/.datadir: FORCE
	@mkdir -p $(@D)
	@echo '$(DATADIR)' | cmp -s - $@ || echo '$(DATADIR)' > $@
FORCE:

$(LIBA): $(LIB_OBJ)
	rm -f $@
	$(AR) rcs $@ $(LIB_OBJ)

$(O)/frus-%: tools/frus-%.c $(LIBA) $(HDRS)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(LIBA) $(LDFLAGS) $(LDLIBS)

$(O)/unit/%: tests/unit/%.c $(LIBA) $(HDRS)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(LIBA) $(LDFLAGS) $(LDLIBS)

# The whole suite: plain build, then the same suite under ASan+UBSan, then
# valgrind over the sample conversions (tests/t-valgrind.sh).  The last line
# printed is the sum of all three: "N passed, N failed".
check: all
	@$(MAKE) --no-print-directory asan-build >/dev/null
	@tests/run.sh --all

check-fast: all
	@tests/run.sh

asan-build:
	@$(MAKE) --no-print-directory O=tools/.asan CC=clang \
	  CFLAGS='-O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer' \
	  LDFLAGS='-fsanitize=address,undefined' all

check-asan: all asan-build
	@FRUS_BIN=tools/.asan tests/run.sh

demo: all
	@sh tests/demo.sh

regen: all
	@sh tests/regen.sh

bench: all
	@sh tests/bench/run.sh

fuzz:
	@sh tests/fuzz/run.sh

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR) $(DESTDIR)$(DATADIR)/xslt $(DESTDIR)$(DATADIR)/schemas
	install -m 755 $(BINS) $(DESTDIR)$(BINDIR)
	install -m 644 $(MANS) $(DESTDIR)$(MANDIR)
	cp -R xslt/. $(DESTDIR)$(DATADIR)/xslt/
	cp -R schemas/. $(DESTDIR)$(DATADIR)/schemas/

uninstall:
	rm -f $(addprefix $(DESTDIR)$(BINDIR)/,$(notdir $(BINS)))
	rm -f $(addprefix $(DESTDIR)$(MANDIR)/,$(notdir $(MANS)))
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf tools/lib/*.o tools/lib/*.a $(TOOLS) tools/unit tools/.asan tools/fuzz tests/out
