/* parser.y: placeholder until the grammar lands. */
%code requires { #include "frontend.h" }
%define api.pure full
%code { static int yylex(void *lval) { (void)lval; return 0; } static void yyerror(const char *m) { (void)m; } }
%%
file: %empty ;
%%
Node *parse_file(const char *src, size_t len) { (void)src; (void)len; yyparse(); return NULL; }
