/*
 * parse_internal.h: what the re2c lexer and the Bison parser share.
 *
 * The lexer works on a cleaned copy of the source: NUL bytes, invalid
 * UTF-8 and BOMs are reported and removed first (as go1.19's source
 * reader skips them), and a table of the removed byte ranges maps
 * offsets of the copy back to the columns of the original file.  On top
 * of the raw scanner sits a small token filter that inserts Go's
 * automatic semicolons and turns the `{` that opens the body of an
 * if/for/switch header into the distinct token BODY (the "loophack" of
 * gc's old yacc grammar), so that `if x == T{} {` parses as Go does.
 */
#ifndef GOESC_PARSE_INTERNAL_H
#define GOESC_PARSE_INTERNAL_H

#include "frontend.h"

/* What an automatic or explicit semicolon token stands for (Go prints
 * it in messages as "semicolon", "newline" or "EOF"). */
enum { SEMI_SEMI, SEMI_NEWLINE, SEMI_EOF };

typedef struct Lexer {
	const unsigned char *buf;  /* cleaned source, NUL-terminated */
	const unsigned char *cur;  /* scan position */
	const unsigned char *lim;  /* the terminating NUL */
	const unsigned char *tok;  /* start of the current token */
	const unsigned char *linestart;
	int line;
	bool nlsemi;      /* a newline or EOF here becomes ';' */
	bool eof_sent;
	/* removed bytes: del_at[i] is an offset in buf before which
	 * del_sum[i] bytes of the original were removed in total */
	int *del_at, *del_sum;
	int ndel;
	/* header tracking for BODY (see top) */
	int loophack;
	const char *header_kw; /* keyword of the latest if/for/switch header */
	int *lstk;        /* saved loophack per open ( or [ */
	int nlstk, caplstk;
	/* open brackets ( [ { as seen by the token filter */
	int *br;
	int nbr, capbr;
	/* error recovery: skip to the closer of bracket level skip_level
	 * (-1: not skipping); a pending real token after a made-up one */
	int skip_level;
	int skip_stmt;    /* >= 0: drop tokens up to the `;` or `}` at this
	                     bracket depth (statement recovery) */
	int virt;
	bool pending;
	int pend_kind;
	Pos pend_pos;
	/* the last token handed to the parser, for error messages */
	Pos last_pos;
	int last_kind;    /* Bison token kind */
	const unsigned char *last_text;
	int last_len;
	int last_semi;    /* SEMI_* when last_kind is ';' */
	int nerrors;      /* errors reported while parsing this file */
	bool func_empty;  /* last top-level decl was a func without body */
} Lexer;

void lex_init(Lexer *lx, const char *src, size_t len);
void lex_free(Lexer *lx);
/* Statement recovery: drop the rest of the current statement, balanced
 * brackets included; `opened` says the lookahead token opened one. */
void lex_skip_stmt(Lexer *lx, bool opened);
void lex_skip_list(Lexer *lx, int open);
Pos lex_pos_at(Lexer *lx, const unsigned char *p);
void lex_error(Lexer *lx, Pos pos, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif
