/*
 * parser.y: the Bison grammar of Go (generics excepted) building the AST.
 *
 * The productions follow the Go specification; where the spec's grammar
 * is not LALR(1) we parse a superset and sort it out in the actions, as
 * gc's old yacc grammar did: types are expressions (so conversions and
 * composite literal types need no lookahead), a parameter is "a type or
 * a name followed by a type" and the names are distributed afterwards,
 * and the `{` that opens an if/for/switch body is the token BODY (the
 * lexer's token filter decides, see parse_internal.h).  Constructs that
 * goesc does not support (maps, channels, interfaces, go, defer, select,
 * type assertions and switches) are parsed and replaced by N_UNSUPPORTED
 * nodes for the checker to report.  Syntax errors are worded like
 * go1.19's hand-written parser: syntax_message() looks at the parser's
 * stack and the set of acceptable tokens to find which of Go's messages
 * applies; error recovery resynchronises at statement and declaration
 * boundaries and at the closer of a broken list.
 */

%code requires {
#include "frontend.h"
typedef struct Lexer Lexer;
}

%code provides {
void yyerror(Pos *loc, Lexer *lx, const char *msg);
int yylex(YYSTYPE *lval, Pos *lloc, Lexer *lx);
void lex_reopen_header(Lexer *lx);
}

%code top {
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
}

%code {
#include "parse_internal.h"

/* the parser's stack never recurses; let it grow far */
#define YYMAXDEPTH 10000000
#define YYINITDEPTH 1000

#define YYLLOC_DEFAULT(Cur, Rhs, N)                                      \
	do {                                                             \
		if (N)                                                   \
			(Cur) = YYRHSLOC(Rhs, 1);                        \
		else                                                     \
			(Cur) = YYRHSLOC(Rhs, 0);                        \
	} while (0)

static Node *g_file;

static Node *mk_ident(const char *name, Pos pos);
static NodeList list1(Node *n);
static NodeList lappend(NodeList l, Node *n);
static Node *mk_binary(Op op, Node *x, Node *y, Pos pos);
static Node *mk_unary(Op op, Node *x, Pos pos);
static Node *mk_unsup(const char *what, Pos pos);
static Node *mk_field(Node *name, Node *type, Pos pos);
static NodeList fix_params(NodeList l);
static Node *mk_assign(Tok tok, Op op, NodeList lhs, NodeList rhs, Pos pos);
static Node *mk_exprstmt(Node *x);
static Node *mk_gendecl(Tok tok, NodeList specs, bool grouped, Pos pos);
static Node *mk_branch(Tok tok, Node *label, Pos pos);
static Node *stmt_to_cond(Node *s);
static void switch_header(Node *sw, Node *s);
static Node *mk_complit(Node *type, NodeList elts, Pos lbrace, Pos rbrace);
static Node *mk_block(NodeList stmts, Pos lbrace, Pos rbrace);
static void syntax_error_at(Pos pos, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static void unsupported_generics(Pos pos);
static void check_complit_type(Node *t);
}

%define api.pure full
%define api.location.type {Pos}
%define parse.error custom
%define parse.lac full
%locations
%lex-param {Lexer *lx}
%parse-param {Lexer *lx}

%union {
	Node *node;
	NodeList list;
	const char *name;
	Op op;
	int ival;
}

%token T_EOF 0
%token <name> T_IDENT
%token <node> T_LIT
%token <ival> ';'
%token <op> '+' '-' '*' '/' '%' '&' '|' '^' '<' '>' '!' '~'
%token <op> T_SHL T_SHR T_ANDNOT T_LAND T_LOR T_EQ T_NE T_LE T_GE T_ASSIGNOP
%token T_DEFINE T_ELLIPSIS T_ARROW T_INC T_DEC T_BODY
%token T_BREAK T_CASE T_CHAN T_CONST T_CONTINUE T_DEFAULT T_DEFER T_ELSE
%token T_FALLTHROUGH T_FOR T_FUNC T_GO T_GOTO T_IF T_IMPORT T_INTERFACE
%token T_MAP T_PACKAGE T_RANGE T_RETURN T_SELECT T_STRUCT T_SWITCH T_TYPE
%token T_VAR

/* Lowest first.  PREC_LOW marks "reduce unless one of the next tokens
 * follows" (a brace, a call, a selector or an index continue the
 * longer construct; an error at the top level is taken before the
 * empty declaration list is reduced). */
%precedence PREC_LOW
%precedence '{' T_BODY '(' '.' '[' T_ARROW error
%left T_LOR
%left T_LAND
%left T_EQ T_NE '<' T_LE '>' T_GE
%left '+' '-' '|' '^'
%left '*' '/' '%' T_SHL T_SHR '&' T_ANDNOT

%type <node> package_clause import_spec top_decl common_decl func_decl
%type <node> const_decl var_decl type_decl const_spec var_spec type_spec
%type <node> expr oexpr unary_expr pexpr operand type_lit funclit complit
%type <node> elt elt_val type otype type_name ptype struct_type field_decl
%type <node> interface_type iface_elem constraint chan_type map_type
%type <node> func_type signature stmt simple_stmt osimple_stmt block body_block
%type <node> if_stmt else_part for_stmt switch_stmt case_clause select_stmt
%type <node> comm_clause ofunc_body param range_clause
%type <list> import_decl import_specs import_spec_list top_decls
%type <list> const_specs var_specs type_specs const_spec_list var_spec_list
%type <list> type_spec_list name_list expr_list elts elt_list params oresult
%type <list> param_list field_decls field_decl_list iface_elems
%type <list> iface_elem_list stmt_list case_clauses comm_clauses tparams
%type <list> tparam_group
%type <node> ptype_base emb_name chan_elem send_elem
%type <node> otag
%type <ival> lbrace ocomma

%%

/* SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } . */
file:
	package_clause import_specs top_decls
	{
		Node *f = ast_new(N_FILE, $1->pos);
		f->u.file.pkgname = $1;
		f->u.file.imports = $2;
		f->u.file.decls = $3;
		g_file = f;
	}
	;

/* PackageClause = "package" PackageName . */
package_clause:
	T_PACKAGE T_IDENT ';'   { $$ = mk_ident($2, @2); }
	;

import_specs:
	%empty                          { $$ = (NodeList){0}; }
	| import_specs import_decl ';'
	{
		$$ = $1;
		for (int i = 0; i < $2.len; i++)
			nl_push(&$$, $2.v[i]);
	}
	;

/* ImportDecl = "import" ( ImportSpec | "(" { ImportSpec ";" } ")" ) . */
import_decl:
	T_IMPORT import_spec               { $$ = list1($2); }
	| T_IMPORT '(' import_spec_list ')' { $$ = $3; }
	;

import_spec_list:
	%empty                                   { $$ = (NodeList){0}; }
	| import_spec                            { $$ = list1($1); }
	| import_spec_list ';'                   { $$ = $1; }
	| import_spec_list ';' import_spec       { $$ = lappend($1, $3); }
	;

/* ImportSpec = [ "." | PackageName ] ImportPath . */
import_spec:
	T_LIT
	{
		$$ = ast_new(N_IMPORT, @1);
		$$->u.import.path = $1->u.lit.str;
	}
	| T_IDENT T_LIT
	{
		$$ = ast_new(N_IMPORT, @2);
		$$->u.import.name = mk_ident($1, @1);
		$$->u.import.path = $2->u.lit.str;
	}
	| '.' T_LIT
	{
		$$ = ast_new(N_IMPORT, @2);
		$$->u.import.name = mk_ident(intern(".", 1), @1);
		$$->u.import.path = $2->u.lit.str;
	}
	;

top_decls:
	%empty %prec PREC_LOW          { $$ = (NodeList){0}; }
	| top_decls top_decl ';'       { $$ = $2 ? lappend($1, $2) : $1; }
	| top_decls error              { $$ = $1; }
	| error                        { $$ = (NodeList){0}; }
	;

/* TopLevelDecl = Declaration | FunctionDecl | MethodDecl . */
top_decl:
	common_decl      { $$ = $1; lx->func_empty = false; }
	| func_decl      { $$ = $1;
	                   lx->func_empty = !$1->u.funcdecl.body; }
	;

common_decl:
	const_decl | var_decl | type_decl ;

/* ConstDecl = "const" ( ConstSpec | "(" { ConstSpec ";" } ")" ) . */
const_decl:
	T_CONST const_spec
	{
		$$ = mk_gendecl(TOK_CONST, list1($2), false, @1);
	}
	| T_CONST '(' const_specs ')'
	{
		/* a spec without values repeats the previous type and values */
		Node *prev = NULL;
		for (int i = 0; i < $3.len; i++) {
			Node *s = $3.v[i];
			s->u.vspec.iota = i;
			if (!s->u.vspec.type && !s->u.vspec.values.len && prev) {
				s->u.vspec.type = prev->u.vspec.type;
				s->u.vspec.values = prev->u.vspec.values;
				s->u.vspec.implicit = true;
			}
			if (s->u.vspec.values.len)
				prev = s;
		}
		$$ = mk_gendecl(TOK_CONST, $3, true, @1);
	}
	;

const_specs:
	%empty                         { $$ = (NodeList){0}; }
	| const_spec_list              { $$ = $1; }
	| const_spec_list ';'          { $$ = $1; }
	;

const_spec_list:
	const_spec                         { $$ = list1($1); }
	| const_spec_list ';' const_spec   { $$ = lappend($1, $3); }
	;

/* ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] . */
const_spec:
	name_list
	{
		$$ = ast_new(N_VALUESPEC, $1.v[0]->pos);
		$$->u.vspec.names = $1;
	}
	| name_list type
	{
		$$ = ast_new(N_VALUESPEC, $1.v[0]->pos);
		$$->u.vspec.names = $1;
		$$->u.vspec.type = $2;
	}
	| name_list otype '=' expr_list
	{
		$$ = ast_new(N_VALUESPEC, $1.v[0]->pos);
		$$->u.vspec.names = $1;
		$$->u.vspec.type = $2;
		$$->u.vspec.values = $4;
	}
	;

/* VarDecl = "var" ( VarSpec | "(" { VarSpec ";" } ")" ) . */
var_decl:
	T_VAR var_spec                 { $$ = mk_gendecl(TOK_VAR, list1($2), false, @1); }
	| T_VAR '(' var_specs ')'      { $$ = mk_gendecl(TOK_VAR, $3, true, @1); }
	;

var_specs:
	%empty                         { $$ = (NodeList){0}; }
	| var_spec_list                { $$ = $1; }
	| var_spec_list ';'            { $$ = $1; }
	;

var_spec_list:
	var_spec                       { $$ = list1($1); }
	| var_spec_list ';' var_spec   { $$ = lappend($1, $3); }
	;

/* VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) . */
var_spec:
	name_list type
	{
		$$ = ast_new(N_VALUESPEC, $1.v[0]->pos);
		$$->u.vspec.names = $1;
		$$->u.vspec.type = $2;
	}
	| name_list otype '=' expr_list
	{
		$$ = ast_new(N_VALUESPEC, $1.v[0]->pos);
		$$->u.vspec.names = $1;
		$$->u.vspec.type = $2;
		$$->u.vspec.values = $4;
	}
	;

/* TypeDecl = "type" ( TypeSpec | "(" { TypeSpec ";" } ")" ) . */
type_decl:
	T_TYPE type_spec               { $$ = mk_gendecl(TOK_TYPE, list1($2), false, @1); }
	| T_TYPE '(' type_specs ')'    { $$ = mk_gendecl(TOK_TYPE, $3, true, @1); }
	;

type_specs:
	%empty                         { $$ = (NodeList){0}; }
	| type_spec_list               { $$ = $1; }
	| type_spec_list ';'           { $$ = $1; }
	;

type_spec_list:
	type_spec                      { $$ = list1($1); }
	| type_spec_list ';' type_spec { $$ = lappend($1, $3); }
	;

/* TypeSpec = AliasDecl | TypeDef .
 * AliasDecl = identifier "=" Type .
 * TypeDef = identifier [ TypeParameters ] Type . */
type_spec:
	T_IDENT type
	{
		$$ = ast_new(N_TYPESPEC, @1);
		$$->u.tspec.name = mk_ident($1, @1);
		$$->u.tspec.type = $2;
	}
	| T_IDENT '=' type
	{
		$$ = ast_new(N_TYPESPEC, @1);
		$$->u.tspec.name = mk_ident($1, @1);
		$$->u.tspec.type = $3;
		$$->u.tspec.alias = true;
	}
	| T_IDENT '[' tparams ocomma ']' type
	{
		unsupported_generics(@2);
		$$ = ast_new(N_TYPESPEC, @1);
		$$->u.tspec.name = mk_ident($1, @1);
		$$->u.tspec.type = $6;
	}
	;

/* TypeParameters = "[" TypeParamList [ "," ] "]" .  Only the forms that
 * cannot be an array length are recognised: `[P any]`, `[P ~int]`,
 * `[P interface{...}]`, `[K comparable, V any]`. */
tparams:
	tparam_group                   { $$ = $1; }
	| tparams ',' tparam_group     { $$ = $1; }
	;

tparam_group:
	T_IDENT T_IDENT                 { $$ = (NodeList){0}; }
	| T_IDENT T_IDENT '.' T_IDENT   { $$ = (NodeList){0}; }
	| T_IDENT '~' type              { $$ = (NodeList){0}; }
	| T_IDENT interface_type        { $$ = (NodeList){0}; }
	| T_IDENT tparam_more           { $$ = (NodeList){0}; }
	| tparam_group '|' constraint   { $$ = $1; }
	;

tparam_more:
	',' T_IDENT T_IDENT
	| ',' T_IDENT interface_type
	| ',' T_IDENT '~' type
	| ',' T_IDENT tparam_more
	;

/* FunctionDecl = "func" FunctionName [ TypeParameters ] Signature [ FunctionBody ] .
 * MethodDecl = "func" Receiver MethodName Signature [ FunctionBody ] . */
func_decl:
	T_FUNC T_IDENT signature ofunc_body
	{
		$$ = ast_new(N_FUNCDECL, @2);
		$$->u.funcdecl.name = mk_ident($2, @2);
		$$->u.funcdecl.type = $3;
		$3->pos = @1;
		$$->u.funcdecl.body = $4;
	}
	| T_FUNC T_IDENT '[' tparams ocomma ']' signature ofunc_body
	{
		unsupported_generics(@3);
		$$ = ast_new(N_FUNCDECL, @2);
		$$->u.funcdecl.name = mk_ident($2, @2);
		$$->u.funcdecl.type = $7;
		$7->pos = @1;
		$$->u.funcdecl.body = $8;
	}
	| T_FUNC params T_IDENT signature ofunc_body
	{
		$$ = ast_new(N_FUNCDECL, @3);
		if ($2.len == 0) {
			lx->nerrors++;
			diag_error(@3, "method has no receiver");
		} else if ($2.len > 1 || $2.v[0]->u.field.names.len > 1) {
			lx->nerrors++;
			diag_error(@3, "method has multiple receivers");
		}
		if ($2.len)
			$$->u.funcdecl.recv = $2.v[0];
		$$->u.funcdecl.name = mk_ident($3, @3);
		$$->u.funcdecl.type = $4;
		$4->pos = @1;
		$$->u.funcdecl.body = $5;
	}
	;

ofunc_body:
	%empty     { $$ = NULL; }
	| block    { $$ = $1; }
	;

/* Signature = Parameters [ Result ] . */
signature:
	params oresult
	{
		$$ = ast_new(N_FUNCTYPE, @1);
		$$->u.functype.params = $1;
		$$->u.functype.results = $2;
	}
	;

/* Result = Parameters | Type . */
oresult:
	%empty %prec PREC_LOW     { $$ = (NodeList){0}; }
	| params                  { $$ = $1; }
	| ptype %prec PREC_LOW    { $$ = list1(mk_field(NULL, $1, ast_start_pos($1))); }
	;

/* Parameters = "(" [ ParameterList [ "," ] ] ")" . */
params:
	'(' ')'                          { $$ = (NodeList){0}; }
	| '(' param_list ocomma ')'      { $$ = fix_params($2); }
	| '(' error ')'                  { $$ = (NodeList){0}; }
	;

param_list:
	param                      { $$ = list1($1); }
	| param_list ',' param     { $$ = lappend($1, $3); }
	;

/* ParameterDecl = [ IdentifierList ] [ "..." ] Type .  Parsed one
 * name-or-type at a time; fix_params distributes the types. */
param:
	ptype                      { $$ = mk_field(NULL, $1, ast_start_pos($1)); }
	| T_IDENT ptype            { $$ = mk_field(mk_ident($1, @1), $2, @1); }
	| T_IDENT T_ELLIPSIS type
	{
		Node *e = ast_new(N_ELLIPSIS, @2);
		e->u.ellipsis.elem = $3;
		$$ = mk_field(mk_ident($1, @1), e, @1);
	}
	| T_ELLIPSIS type
	{
		Node *e = ast_new(N_ELLIPSIS, @1);
		e->u.ellipsis.elem = $2;
		$$ = mk_field(NULL, e, @1);
	}
	;

ocomma:
	%empty     { $$ = 0; }
	| ','      { $$ = 1; }
	;

/* ---------------------------------------------------------------- */
/* Types                                                             */
/* ---------------------------------------------------------------- */

otype:
	%empty     { $$ = NULL; }
	| type     { $$ = $1; }
	;

/* Type = TypeName | TypeLit | "(" Type ")" . */
type:
	ptype             { $$ = $1; }
	| '(' type ')'
	{
		$$ = ast_new(N_PAREN, @1);
		$$->u.paren.x = $2;
		$2->hasparens = true;
	}
	;

/* A type that does not start with "(" (a result type). */
ptype:
	ptype_base        { $$ = $1; }
	| chan_type       { $$ = $1; }
	;

ptype_base:
	type_name %prec PREC_LOW { $$ = $1; }
	| '*' type
	{
		$$ = ast_new(N_STAR, @1);
		$$->u.star.x = $2;
	}
	| '[' ']' type
	{
		$$ = ast_new(N_SLICETYPE, @1);
		$$->u.slicetype.elem = $3;
	}
	| '[' expr ']' type
	{
		$$ = ast_new(N_ARRAYTYPE, @1);
		$$->u.arraytype.len = $2;
		$$->u.arraytype.elem = $4;
	}
	| '[' T_ELLIPSIS ']' type
	{
		$$ = ast_new(N_ARRAYTYPE, @1);
		$$->u.arraytype.elem = $4;
	}
	| struct_type      { $$ = $1; }
	| func_type        { $$ = $1; }
	| map_type         { $$ = $1; }
	| interface_type   { $$ = $1; }
	;

/* TypeName = identifier | PackageName "." identifier . */
type_name:
	T_IDENT %prec PREC_LOW    { $$ = mk_ident($1, @1); }
	| T_IDENT '.' T_IDENT
	{
		$$ = ast_new(N_SELECTOR, @2);
		$$->u.sel.x = mk_ident($1, @1);
		$$->u.sel.name = mk_ident($3, @3);
	}
	| type_name '[' expr ']'
	{
		unsupported_generics(@2);
		$$ = $1;
	}
	| type_name '[' expr ',' expr_list ocomma ']'
	{
		unsupported_generics(@2);
		$$ = $1;
	}
	;

func_type:
	T_FUNC signature          { $$ = $2; $$->pos = @1; }
	;

map_type:
	T_MAP '[' type ']' type   { $$ = mk_unsup("maps", @1); }
	;

/* ChannelType = ( "chan" | "chan" "<-" | "<-" "chan" ) ElementType . */
chan_type:
	T_CHAN chan_elem              { $$ = mk_unsup("channels", @1); }
	| T_CHAN T_ARROW send_elem    { $$ = mk_unsup("channels", @1); }
	| T_ARROW T_CHAN send_elem    { $$ = mk_unsup("channels", @1); }
	;

/* After `chan<-` a receive-only channel type needs no parentheses. */
send_elem:
	chan_elem                     { $$ = $1; }
	| T_ARROW T_CHAN chan_elem    { $$ = $3; }
	;

/* The element type of a channel; `chan <-chan T` needs parentheses. */
chan_elem:
	ptype_base                    { $$ = $1; }
	| '(' type ')'                { $$ = $2; }
	| T_CHAN chan_elem            { $$ = $2; }
	| T_CHAN T_ARROW send_elem    { $$ = $3; }
	;

lbrace:
	'{'        { $$ = 0; }
	| T_BODY   { $$ = 1; }
	;

/* StructType = "struct" "{" { FieldDecl ";" } "}" . */
struct_type:
	T_STRUCT lbrace field_decls '}'
	{
		if ($2)
			lex_reopen_header(lx);
		$$ = ast_new(N_STRUCTTYPE, @1);
		$$->u.structtype.fields = $3;
	}
	;

field_decls:
	%empty                         { $$ = (NodeList){0}; }
	| field_decl_list              { $$ = $1; }
	| field_decl_list ';'          { $$ = $1; }
	;

field_decl_list:
	field_decl                          { $$ = list1($1); }
	| field_decl_list ';' field_decl    { $$ = lappend($1, $3); }
	;

/* FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] .
 * EmbeddedField = [ "*" ] TypeName . */
field_decl:
	name_list type otag
	{
		$$ = ast_new(N_FIELD, $1.v[0]->pos);
		$$->u.field.names = $1;
		$$->u.field.type = $2;
		if ($3)
			$$->u.field.tag = $3->u.lit.str;
	}
	| emb_name otag
	{
		$$ = ast_new(N_FIELD, ast_start_pos($1));
		$$->u.field.type = $1;
		$$->u.field.embedded = true;
		if ($2)
			$$->u.field.tag = $2->u.lit.str;
	}
	| '*' emb_name otag
	{
		$$ = ast_new(N_FIELD, @1);
		Node *s = ast_new(N_STAR, @1);
		s->u.star.x = $2;
		$$->u.field.type = s;
		$$->u.field.embedded = true;
		if ($3)
			$$->u.field.tag = $3->u.lit.str;
	}
	;

emb_name:
	T_IDENT                   { $$ = mk_ident($1, @1); }
	| T_IDENT '.' T_IDENT
	{
		$$ = ast_new(N_SELECTOR, @2);
		$$->u.sel.x = mk_ident($1, @1);
		$$->u.sel.name = mk_ident($3, @3);
	}
	;

otag:
	%empty     { $$ = NULL; }
	| T_LIT    { $$ = $1; }
	;

/* InterfaceType = "interface" "{" { InterfaceElem ";" } "}" . */
interface_type:
	T_INTERFACE lbrace iface_elems '}'
	{
		if ($2)
			lex_reopen_header(lx);
		$$ = ast_new(N_INTERFACETYPE, @1);
		$$->u.ifacetype.elems = $3;
	}
	;

iface_elems:
	%empty                         { $$ = (NodeList){0}; }
	| iface_elem_list              { $$ = $1; }
	| iface_elem_list ';'          { $$ = $1; }
	;

iface_elem_list:
	iface_elem                          { $$ = list1($1); }
	| iface_elem_list ';' iface_elem    { $$ = lappend($1, $3); }
	;

/* MethodElem = MethodName Signature . TypeElem = TypeTerm { "|" TypeTerm } . */
iface_elem:
	T_IDENT signature
	{
		$$ = ast_new(N_FIELD, @1);
		nl_push(&$$->u.field.names, mk_ident($1, @1));
		$$->u.field.type = $2;
	}
	| constraint
	{
		$$ = ast_new(N_FIELD, ast_start_pos($1));
		$$->u.field.type = $1;
		$$->u.field.embedded = true;
	}
	;

/* Type sets (unions and ~T) only constrain type parameters: generics. */
constraint:
	type                      { $$ = $1; }
	| '~' type                { $$ = mk_unsup("type constraints", @1); }
	| constraint '|' type     { $$ = mk_unsup("type constraints", ast_start_pos($1)); }
	| constraint '|' '~' type { $$ = mk_unsup("type constraints", ast_start_pos($1)); }
	;

/* ---------------------------------------------------------------- */
/* Expressions                                                       */
/* ---------------------------------------------------------------- */

/* Expression = UnaryExpr | Expression binary_op Expression . */
expr:
	unary_expr                { $$ = $1; }
	| expr T_LOR expr         { $$ = mk_binary($2, $1, $3, @2); }
	| expr T_LAND expr        { $$ = mk_binary($2, $1, $3, @2); }
	| expr T_EQ expr          { $$ = mk_binary($2, $1, $3, @2); }
	| expr T_NE expr          { $$ = mk_binary($2, $1, $3, @2); }
	| expr '<' expr           { $$ = mk_binary($2, $1, $3, @2); }
	| expr T_LE expr          { $$ = mk_binary($2, $1, $3, @2); }
	| expr '>' expr           { $$ = mk_binary($2, $1, $3, @2); }
	| expr T_GE expr          { $$ = mk_binary($2, $1, $3, @2); }
	| expr '+' expr           { $$ = mk_binary($2, $1, $3, @2); }
	| expr '-' expr           { $$ = mk_binary($2, $1, $3, @2); }
	| expr '|' expr           { $$ = mk_binary($2, $1, $3, @2); }
	| expr '^' expr           { $$ = mk_binary($2, $1, $3, @2); }
	| expr '*' expr           { $$ = mk_binary($2, $1, $3, @2); }
	| expr '/' expr           { $$ = mk_binary($2, $1, $3, @2); }
	| expr '%' expr           { $$ = mk_binary($2, $1, $3, @2); }
	| expr T_SHL expr         { $$ = mk_binary($2, $1, $3, @2); }
	| expr T_SHR expr         { $$ = mk_binary($2, $1, $3, @2); }
	| expr '&' expr           { $$ = mk_binary($2, $1, $3, @2); }
	| expr T_ANDNOT expr      { $$ = mk_binary($2, $1, $3, @2); }
	;

oexpr:
	%empty     { $$ = NULL; }
	| expr     { $$ = $1; }
	;

expr_list:
	expr                      { $$ = list1($1); }
	| expr_list ',' expr      { $$ = lappend($1, $3); }
	;

/* UnaryExpr = PrimaryExpr | unary_op UnaryExpr . */
unary_expr:
	pexpr                     { $$ = $1; }
	| '+' unary_expr          { $$ = mk_unary($1, $2, @1); }
	| '-' unary_expr          { $$ = mk_unary($1, $2, @1); }
	| '!' unary_expr          { $$ = mk_unary($1, $2, @1); }
	| '^' unary_expr          { $$ = mk_unary($1, $2, @1); }
	| '&' unary_expr          { $$ = mk_unary($1, $2, @1); }
	| '~' unary_expr          { $$ = mk_unary($1, $2, @1); }
	| '*' unary_expr
	{
		$$ = ast_new(N_STAR, @1);
		$$->u.star.x = $2;
	}
	| T_ARROW unary_expr      { $$ = mk_unsup("channels", @1); }
	;

/* PrimaryExpr = Operand | Conversion | MethodExpr | PrimaryExpr Selector |
 *   PrimaryExpr Index | PrimaryExpr Slice | PrimaryExpr TypeAssertion |
 *   PrimaryExpr Arguments . */
pexpr:
	operand                   { $$ = $1; }
	| complit                 { $$ = $1; }
	| pexpr '.' T_IDENT
	{
		$$ = ast_new(N_SELECTOR, @2);
		$$->u.sel.x = $1;
		$$->u.sel.name = mk_ident($3, @3);
	}
	| pexpr '.' '(' type ')'
	{
		$$ = ast_new(N_TYPEASSERT, @2);
		$$->u.assert.x = $1;
		$$->u.assert.type = $4;
	}
	| pexpr '.' '(' T_TYPE ')'
	{
		/* the guard of a type switch; misplaced ones are
		 * reported by the checker, as types2 does */
		$$ = ast_new(N_TYPEASSERT, @2);
		$$->u.assert.x = $1;
	}
	| pexpr '[' expr ']'
	{
		$$ = ast_new(N_INDEX, @2);
		$$->u.index.x = $1;
		$$->u.index.index = $3;
	}
	| pexpr '[' expr ',' expr_list ocomma ']'
	{
		unsupported_generics(@2);
		$$ = ast_new(N_INDEX, @2);
		$$->u.index.x = $1;
		$$->u.index.index = $3;
	}
	| pexpr '[' oexpr ':' oexpr ']'
	{
		$$ = ast_new(N_SLICE, @2);
		$$->u.slice.x = $1;
		$$->u.slice.lo = $3;
		$$->u.slice.hi = $5;
	}
	| pexpr '[' oexpr ':' oexpr ':' oexpr ']'
	{
		$$ = ast_new(N_SLICE, @2);
		$$->u.slice.x = $1;
		$$->u.slice.lo = $3;
		$$->u.slice.hi = $5;
		$$->u.slice.max = $7;
		$$->u.slice.full = true;
		if (!$5) {
			lx->nerrors++;
			diag_error(@6, "middle index required in 3-index slice");
		}
		if (!$7) {
			lx->nerrors++;
			diag_error(@8, "final index required in 3-index slice");
		}
	}
	| pexpr '(' ')'
	{
		$$ = ast_new(N_CALL, @2);
		$$->u.call.fun = $1;
		$$->u.call.rparen = @3;
	}
	| pexpr '(' expr_list ocomma ')'
	{
		$$ = ast_new(N_CALL, @2);
		$$->u.call.fun = $1;
		$$->u.call.args = $3;
		$$->u.call.rparen = @5;
	}
	| pexpr '(' expr_list T_ELLIPSIS ocomma ')'
	{
		$$ = ast_new(N_CALL, @2);
		$$->u.call.fun = $1;
		$$->u.call.args = $3;
		$$->u.call.dots = true;
		$$->u.call.rparen = @6;
	}
	| pexpr '(' error ')'
	{
		$$ = ast_new(N_BAD, @2);
	}
	;

/* Operand = Literal | OperandName | "(" Expression ")" . */
operand:
	T_LIT                     { $$ = $1; }
	| T_IDENT                 { $$ = mk_ident($1, @1); }
	| '(' expr ')'
	{
		$$ = ast_new(N_PAREN, @1);
		$$->u.paren.x = $2;
		$2->hasparens = true;
	}
	| funclit                 { $$ = $1; }
	| type_lit %prec PREC_LOW { $$ = $1; }
	| T_FUNC signature %prec PREC_LOW
	{
		$$ = $2;
		$$->pos = @1;
	}
	;

/* Type literals that may start an operand (conversions, make's
 * argument, composite literal types). */
type_lit:
	'[' ']' type
	{
		$$ = ast_new(N_SLICETYPE, @1);
		$$->u.slicetype.elem = $3;
	}
	| '[' expr ']' type
	{
		$$ = ast_new(N_ARRAYTYPE, @1);
		$$->u.arraytype.len = $2;
		$$->u.arraytype.elem = $4;
	}
	| '[' T_ELLIPSIS ']' type
	{
		$$ = ast_new(N_ARRAYTYPE, @1);
		$$->u.arraytype.elem = $4;
	}
	| struct_type             { $$ = $1; }
	| map_type                { $$ = $1; }
	| T_CHAN chan_elem        { $$ = mk_unsup("channels", @1); }
	| T_CHAN T_ARROW send_elem { $$ = mk_unsup("channels", @1); }
	| interface_type          { $$ = $1; }
	;

/* FunctionLit = "func" Signature FunctionBody . */
funclit:
	T_FUNC signature lbrace stmt_list '}'
	{
		if ($3)
			lex_reopen_header(lx);
		$2->pos = @1;
		$$ = ast_new(N_FUNCLIT, @1);
		$$->u.funclit.type = $2;
		$$->u.funclit.body = mk_block($4, @3, @5);
	}
	;

/* CompositeLit = LiteralType LiteralValue .
 * LiteralValue = "{" [ ElementList [ "," ] ] "}" . */
complit:
	pexpr '{' elts '}'
	{
		check_complit_type($1);
		$$ = mk_complit($1, $3, @2, @4);
	}
	| type_lit lbrace elts '}'
	{
		if ($2)
			lex_reopen_header(lx);
		$$ = mk_complit($1, $3, @2, @4);
	}
	| type_lit lbrace error '}'
	{
		if ($2)
			lex_reopen_header(lx);
		$$ = mk_complit($1, (NodeList){0}, @2, @4);
	}
	| pexpr '{' error '}'
	{
		$$ = mk_complit($1, (NodeList){0}, @2, @4);
	}
	;

elts:
	%empty                    { $$ = (NodeList){0}; }
	| elt_list ocomma         { $$ = $1; }
	;

elt_list:
	elt                       { $$ = list1($1); }
	| elt_list ',' elt        { $$ = lappend($1, $3); }
	;

/* KeyedElement = [ Key ":" ] Element . */
elt:
	elt_val                   { $$ = $1; }
	| elt_val ':' elt_val
	{
		$$ = ast_new(N_KEYVALUE, @2);
		$$->u.kv.key = $1;
		$$->u.kv.value = $3;
	}
	;

elt_val:
	expr                      { $$ = $1; }
	| '{' elts '}'            { $$ = mk_complit(NULL, $2, @1, @3); }
	| '{' error '}'           { $$ = mk_complit(NULL, (NodeList){0}, @1, @3); }
	;

name_list:
	T_IDENT                   { $$ = list1(mk_ident($1, @1)); }
	| name_list ',' T_IDENT   { $$ = lappend($1, mk_ident($3, @3)); }
	;

/* ---------------------------------------------------------------- */
/* Statements                                                        */
/* ---------------------------------------------------------------- */

/* Block = "{" StatementList "}" . */
block:
	'{' stmt_list '}'         { $$ = mk_block($2, @1, @3); }
	;

body_block:
	T_BODY stmt_list '}'      { $$ = mk_block($2, @1, @3); }
	;

/* StatementList = { Statement ";" } . */
stmt_list:
	stmt                      { $$ = $1 ? list1($1) : (NodeList){0}; }
	| stmt_list ';' stmt      { $$ = $3 ? lappend($1, $3) : $1; }
	;

stmt:
	%empty                    { $$ = NULL; }
	| simple_stmt             { $$ = $1; }
	| common_decl
	{
		$$ = ast_new(N_DECLSTMT, $1->pos);
		$$->u.declstmt.decl = $1;
	}
	| T_IDENT ':' stmt
	{
		$$ = ast_new(N_LABELED, @1);
		$$->u.labeled.label = mk_ident($1, @1);
		/* an empty statement after a label must end with ';' or '}' */
		if (!$3 && yychar != ';' && yychar != '}' && yychar != YYEMPTY)
			syntax_error_at(@2, "missing statement after label");
		if (!$3)
			$3 = ast_new(N_EMPTY, @2);
		$$->u.labeled.stmt = $3;
	}
	| T_GO expr               { $$ = mk_unsup("goroutines", @1); }
	| T_DEFER expr            { $$ = mk_unsup("defer statements", @1); }
	| T_RETURN
	{
		$$ = ast_new(N_RETURN, @1);
	}
	| T_RETURN expr_list
	{
		$$ = ast_new(N_RETURN, @1);
		$$->u.ret.results = $2;
	}
	| T_BREAK                 { $$ = mk_branch(TOK_BREAK, NULL, @1); }
	| T_BREAK T_IDENT         { $$ = mk_branch(TOK_BREAK, mk_ident($2, @2), @1); }
	| T_CONTINUE              { $$ = mk_branch(TOK_CONTINUE, NULL, @1); }
	| T_CONTINUE T_IDENT      { $$ = mk_branch(TOK_CONTINUE, mk_ident($2, @2), @1); }
	| T_GOTO T_IDENT          { $$ = mk_branch(TOK_GOTO, mk_ident($2, @2), @1); }
	| T_FALLTHROUGH           { $$ = mk_branch(TOK_FALLTHROUGH, NULL, @1); }
	| block                   { $$ = $1; }
	| if_stmt                 { $$ = $1; }
	| switch_stmt             { $$ = $1; }
	| select_stmt             { $$ = $1; }
	| for_stmt                { $$ = $1; }
	| error                   { $$ = NULL; }
	;

/* SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt |
 *   Assignment | ShortVarDecl . */
simple_stmt:
	expr                      { $$ = mk_exprstmt($1); }
	| expr T_INC
	{
		$$ = mk_assign(TOK_INC, OP_ADD, list1($1), (NodeList){0}, @2);
		$$->kind = N_INCDEC;
	}
	| expr T_DEC
	{
		$$ = mk_assign(TOK_DEC, OP_SUB, list1($1), (NodeList){0}, @2);
		$$->kind = N_INCDEC;
	}
	| expr T_ARROW expr       { $$ = mk_unsup("channels", @2); }
	| expr_list '=' expr_list { $$ = mk_assign(TOK_ASSIGN, OP_NONE, $1, $3, @2); }
	| expr_list T_DEFINE expr_list
	{
		$$ = mk_assign(TOK_DEFINE, OP_NONE, $1, $3, @2);
	}
	| expr T_ASSIGNOP expr
	{
		$$ = mk_assign(TOK_OPASSIGN, $2, list1($1), list1($3), @2);
	}
	;

osimple_stmt:
	%empty                    { $$ = NULL; }
	| simple_stmt             { $$ = $1; }
	| T_VAR var_spec
	{
		/* Go parses the declaration, then rejects it at its start. */
		syntax_error_at($2->pos, "var declaration not allowed in %s initializer",
		                lx->header_kw ? lx->header_kw : "for");
		$$ = NULL;
	}
	;

/* IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] . */
if_stmt:
	T_IF simple_stmt body_block else_part
	{
		$$ = ast_new(N_IF, @1);
		$$->u.ifs.cond = stmt_to_cond($2);
		$$->u.ifs.then = $3;
		$$->u.ifs.els = $4;
	}
	| T_IF osimple_stmt ';' simple_stmt body_block else_part
	{
		$$ = ast_new(N_IF, @1);
		$$->u.ifs.init = $2;
		$$->u.ifs.cond = stmt_to_cond($4);
		$$->u.ifs.then = $5;
		$$->u.ifs.els = $6;
	}
	| T_IF body_block else_part
	{
		syntax_error_at(@2, "missing condition in if statement");
		$$ = ast_new(N_IF, @1);
		$$->u.ifs.then = $2;
		$$->u.ifs.els = $3;
	}
	| T_IF osimple_stmt ';' body_block else_part
	{
		if ($3 == SEMI_SEMI)
			syntax_error_at(@3, "missing condition in if statement");
		else
			syntax_error_at(@3, "unexpected %s, expecting { after if clause",
			                $3 == SEMI_EOF ? "EOF" : "newline");
		$$ = ast_new(N_IF, @1);
		$$->u.ifs.init = $2;
		$$->u.ifs.then = $4;
		$$->u.ifs.els = $5;
	}
	;

else_part:
	%empty                    { $$ = NULL; }
	| T_ELSE if_stmt          { $$ = $2; }
	| T_ELSE block            { $$ = $2; }
	;

/* ForStmt = "for" [ Condition | ForClause | RangeClause ] Block . */
for_stmt:
	T_FOR body_block
	{
		$$ = ast_new(N_FOR, @1);
		$$->u.fors.body = $2;
	}
	| T_FOR simple_stmt body_block
	{
		/* a condition; any other simple statement is reported as Go
		 * does ("cannot use b := 10 as value") */
		$$ = ast_new(N_FOR, @1);
		$$->u.fors.cond = stmt_to_cond($2);
		$$->u.fors.body = $3;
	}
	| T_FOR osimple_stmt ';' oexpr ';' osimple_stmt body_block
	{
		$$ = ast_new(N_FOR, @1);
		$$->u.fors.init = $2;
		$$->u.fors.cond = $4;
		$$->u.fors.post = $6;
		$$->u.fors.body = $7;
		if ($6 && $6->kind == N_ASSIGN && $6->u.assign.tok == TOK_DEFINE)
			syntax_error_at($6->pos,
			                "cannot declare in post statement of for loop");
	}
	| T_FOR range_clause body_block
	{
		$$ = $2;
		$$->pos = @1;
		$$->u.range.body = $3;
	}
	;

/* RangeClause = [ ExpressionList "=" | IdentifierList ":=" ] "range" Expression . */
range_clause:
	T_RANGE expr
	{
		$$ = ast_new(N_RANGE, @1);
		$$->u.range.x = $2;
		$$->u.range.assign = @1;
	}
	| expr_list '=' T_RANGE expr
	{
		$$ = ast_new(N_RANGE, @2);
		$$->u.range.key = $1.v[0];
		$$->u.range.value = $1.len > 1 ? $1.v[1] : NULL;
		if ($1.len > 2) /* a plain error: Go goes on to check the loop */
			diag_error(ast_start_pos($1.v[2]),
			           "range clause permits at most two iteration variables");
		$$->u.range.x = $4;
		$$->u.range.assign = @2;
	}
	| expr_list T_DEFINE T_RANGE expr
	{
		$$ = ast_new(N_RANGE, @2);
		$$->u.range.key = $1.v[0];
		$$->u.range.value = $1.len > 1 ? $1.v[1] : NULL;
		if ($1.len > 2) /* a plain error: Go goes on to check the loop */
			diag_error(ast_start_pos($1.v[2]),
			           "range clause permits at most two iteration variables");
		$$->u.range.define = true;
		$$->u.range.x = $4;
		$$->u.range.assign = @2;
	}
	;

/* SwitchStmt = "switch" [ SimpleStmt ";" ] [ Expression ] "{" { CaseClause } "}" . */
switch_stmt:
	T_SWITCH T_BODY case_clauses '}'
	{
		$$ = ast_new(N_SWITCH, @1);
		$$->u.sw.clauses = $3;
		$$->u.sw.rbrace = @4;
	}
	| T_SWITCH simple_stmt T_BODY case_clauses '}'
	{
		$$ = ast_new(N_SWITCH, @1);
		switch_header($$, $2);
		$$->u.sw.clauses = $4;
		$$->u.sw.rbrace = @5;
	}
	| T_SWITCH osimple_stmt ';' osimple_stmt T_BODY case_clauses '}'
	{
		$$ = ast_new(N_SWITCH, @1);
		$$->u.sw.init = $2;
		if ($4)
			switch_header($$, $4);
		$$->u.sw.clauses = $6;
		$$->u.sw.rbrace = @7;
	}
	;

case_clauses:
	%empty                         { $$ = (NodeList){0}; }
	| case_clauses case_clause     { $$ = lappend($1, $2); }
	;

/* ExprCaseClause = ExprSwitchCase ":" StatementList . */
case_clause:
	T_CASE expr_list ':' stmt_list
	{
		$$ = ast_new(N_CASECLAUSE, @1);
		$$->u.cc.exprs = $2;
		$$->u.cc.body = $4;
		$$->u.cc.colon = @3;
	}
	| T_DEFAULT ':' stmt_list
	{
		$$ = ast_new(N_CASECLAUSE, @1);
		$$->u.cc.is_default = true;
		$$->u.cc.body = $3;
		$$->u.cc.colon = @2;
	}
	;

/* SelectStmt = "select" "{" { CommClause } "}" . */
select_stmt:
	T_SELECT T_BODY comm_clauses '}'  { $$ = mk_unsup("select statements", @1); }
	;

comm_clauses:
	%empty                         { $$ = (NodeList){0}; }
	| comm_clauses comm_clause     { $$ = $1; }
	;

comm_clause:
	T_CASE simple_stmt ':' stmt_list   { $$ = NULL; }
	| T_DEFAULT ':' stmt_list          { $$ = NULL; }
	;

%%

/* ------------------------------------------------------------------ */
/* AST helpers                                                         */
/* ------------------------------------------------------------------ */

static Node *mk_ident(const char *name, Pos pos)
{
	Node *n = ast_new(N_IDENT, pos);
	n->u.ident.name = name;
	return n;
}

static NodeList list1(Node *n)
{
	NodeList l = {0};
	nl_push(&l, n);
	return l;
}

static NodeList lappend(NodeList l, Node *n)
{
	nl_push(&l, n);
	return l;
}

static Node *mk_binary(Op op, Node *x, Node *y, Pos pos)
{
	Node *n = ast_new(N_BINARY, pos);
	n->u.binary.op = op;
	n->u.binary.x = x;
	n->u.binary.y = y;
	return n;
}

static Node *mk_unary(Op op, Node *x, Pos pos)
{
	Node *n = ast_new(N_UNARY, pos);
	n->u.unary.op = op;
	n->u.unary.x = x;
	return n;
}

static Node *mk_unsup(const char *what, Pos pos)
{
	Node *n = ast_new(N_UNSUPPORTED, pos);
	n->u.unsup.what = what;
	return n;
}

static Node *mk_field(Node *name, Node *type, Pos pos)
{
	Node *n = ast_new(N_FIELD, pos);
	if (name)
		nl_push(&n->u.field.names, name);
	n->u.field.type = type;
	return n;
}

static Node *mk_assign(Tok tok, Op op, NodeList lhs, NodeList rhs, Pos pos)
{
	Node *n = ast_new(N_ASSIGN, pos);
	n->u.assign.tok = tok;
	n->u.assign.op = op;
	n->u.assign.lhs = lhs;
	n->u.assign.rhs = rhs;
	return n;
}

static Node *mk_exprstmt(Node *x)
{
	Node *n = ast_new(N_EXPRSTMT, x->pos);
	n->u.exprstmt.x = x;
	return n;
}

static Node *mk_gendecl(Tok tok, NodeList specs, bool grouped, Pos pos)
{
	Node *n = ast_new(N_GENDECL, pos);
	n->u.gendecl.tok = tok;
	n->u.gendecl.specs = specs;
	n->u.gendecl.grouped = grouped;
	return n;
}

static Node *mk_branch(Tok tok, Node *label, Pos pos)
{
	Node *n = ast_new(N_BRANCH, pos);
	n->u.branch.tok = tok;
	n->u.branch.label = label;
	return n;
}

static Node *mk_block(NodeList stmts, Pos lbrace, Pos rbrace)
{
	Node *n = ast_new(N_BLOCK, lbrace);
	n->u.block.stmts = stmts;
	n->u.block.rbrace = rbrace;
	return n;
}

static Node *mk_complit(Node *type, NodeList elts, Pos lbrace, Pos rbrace)
{
	Node *n = ast_new(N_COMPOSITE, lbrace);
	n->u.composite.type = type;
	n->u.composite.elts = elts;
	n->u.composite.rbrace = rbrace;
	return n;
}

/* Only type names (possibly qualified or instantiated) may precede a
 * literal value directly; literal types have their own rule. */
static void check_complit_type(Node *t)
{
	Node *u = t;
	if (u->kind == N_PAREN) {
		syntax_error_at(t->pos, "cannot parenthesize type in composite literal");
		return;
	}
	(void)u;
}

static void unsupported_generics(Pos pos)
{
	diag_unsupported(pos, "generic functions/types");
}

/* Distribute the types of a parameter list as Go does: if any entry has
 * a name and a type, bare identifiers are names taking the type of the
 * next typed entry; consecutive names sharing a type become one field. */
static NodeList fix_params(NodeList l)
{
	int named = 0;
	for (int i = 0; i < l.len; i++)
		if (l.v[i]->u.field.names.len)
			named++;
	if (named == 0)
		return l;
	Node *typ = NULL;
	Pos err = {0, 0};
	for (int i = l.len - 1; i >= 0; i--) {
		Node *f = l.v[i];
		if (f->u.field.names.len) {
			typ = f->u.field.type;
		} else if (f->u.field.type->kind == N_IDENT && !f->u.field.type->hasparens) {
			Node *name = f->u.field.type;
			nl_push(&f->u.field.names, name);
			if (typ) {
				f->u.field.type = typ;
			} else {
				err = name->pos;
				f->u.field.type = ast_new(N_BAD, name->pos);
			}
		} else {
			typ = f->u.field.type;
			err = ast_start_pos(typ);
			nl_push(&f->u.field.names, mk_ident(intern("_", 1), err));
		}
	}
	if (err.line)
		syntax_error_at(err, "mixed named and unnamed parameters");
	/* merge runs of single names that share one type node */
	NodeList out = {0};
	for (int i = 0; i < l.len; i++) {
		Node *f = l.v[i];
		if (out.len && out.v[out.len - 1]->u.field.type == f->u.field.type &&
		    f->u.field.type->kind != N_BAD) {
			nl_push(&out.v[out.len - 1]->u.field.names,
			        f->u.field.names.v[0]);
			continue;
		}
		nl_push(&out, f);
	}
	return out;
}

/* The condition of an if/switch header must be an expression. */
/* The header statement of a switch: `v := x.(type)` binds the variable
 * of a type switch (TypeSwitchGuard = [ identifier ":=" ] PrimaryExpr "."
 * "(" "type" ")"); anything else must be an expression. */
static void switch_header(Node *sw, Node *s)
{
	if (s->kind == N_ASSIGN && s->u.assign.tok == TOK_DEFINE &&
	    s->u.assign.rhs.len == 1 && s->u.assign.lhs.len == 1 &&
	    s->u.assign.lhs.v[0]->kind == N_IDENT &&
	    s->u.assign.rhs.v[0]->kind == N_TYPEASSERT &&
	    !s->u.assign.rhs.v[0]->u.assert.type) {
		sw->u.sw.tag = s->u.assign.rhs.v[0];
		sw->u.sw.bind = s->u.assign.lhs.v[0];
		return;
	}
	sw->u.sw.tag = stmt_to_cond(s);
}

static Node *stmt_to_cond(Node *s)
{
	if (s->kind == N_EXPRSTMT)
		return s->u.exprstmt.x;
	if (s->kind == N_ASSIGN && s->u.assign.tok == TOK_ASSIGN) {
		const char *l = "", *r = "";
		for (int i = 0; i < s->u.assign.lhs.len; i++)
			l = arena_sprintf(g_arena, "%s%s%s", l, i ? ", " : "",
			                  ast_expr_string(s->u.assign.lhs.v[i]));
		for (int i = 0; i < s->u.assign.rhs.len; i++)
			r = arena_sprintf(g_arena, "%s%s%s", r, i ? ", " : "",
			                  ast_expr_string(s->u.assign.rhs.v[i]));
		syntax_error_at(s->pos, "cannot use assignment (%s) = (%s) as value",
		                l, r);
	} else if (s->kind == N_ASSIGN || s->kind == N_INCDEC) {
		const char *l = "", *r = "";
		for (int i = 0; i < s->u.assign.lhs.len; i++)
			l = arena_sprintf(g_arena, "%s%s%s", l, i ? ", " : "",
			                  ast_expr_string(s->u.assign.lhs.v[i]));
		for (int i = 0; i < s->u.assign.rhs.len; i++)
			r = arena_sprintf(g_arena, "%s%s%s", r, i ? ", " : "",
			                  ast_expr_string(s->u.assign.rhs.v[i]));
		const char *op = s->u.assign.tok == TOK_DEFINE ? ":=" :
		                 s->u.assign.tok == TOK_INC ? "++" :
		                 s->u.assign.tok == TOK_DEC ? "--" :
		                 arena_sprintf(g_arena, "%s=", op_names[s->u.assign.op]);
		if (s->kind == N_INCDEC)
			syntax_error_at(s->pos, "cannot use %s%s as value", l, op);
		else
			syntax_error_at(s->pos, "cannot use %s %s %s as value", l, op, r);
	} else {
		syntax_error_at(s->pos, "cannot use statement as value");
	}
	return ast_new(N_BAD, s->pos);
}

/* ------------------------------------------------------------------ */
/* Syntax errors                                                       */
/* ------------------------------------------------------------------ */

static Lexer *g_lx; /* the lexer of the file being parsed */

static void syntax_error_at(Pos pos, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = arena_vsprintf(g_arena, fmt, ap);
	va_end(ap);
	g_lx->nerrors++;
	diag_error(pos, "syntax error: %s", msg);
}


/* Symbol kinds looked up by name once (the error path only). */
enum {
	S_LPAREN, S_LBRACK, S_LBRACE, S_BODY, S_LBRACE_NT, S_RPAREN, S_RBRACK,
	S_RBRACE, S_COMMA, S_SEMI, S_COLON, S_DOT, S_ASSIGN, S_IDENT, S_LIT,
	S_FUNC, S_VAR, S_CONST, S_TYPE, S_IMPORT, S_STRUCT, S_INTERFACE, S_IF,
	S_FOR, S_SWITCH, S_SELECT, S_CASE, S_DEFAULT, S_ELSE, S_PEXPR,
	S_TYPE_LIT, S_SIGNATURE, S_PARAMS, S_ELT_VAL, S_TOP_DECLS, S_EOF,
	S_MAP, S_CHAN, S_ARROW_TOK, S_DEFINE, S_RANGE, S_PACKAGE, S_BODY_BLOCK, S_IMPORT_SPECS, S_PACKAGE_CLAUSE,
	S__COUNT
};
static const char *const sym_names[S__COUNT] = {
	"'('", "'['", "'{'", "T_BODY", "lbrace", "')'", "']'", "'}'", "','",
	"';'", "':'", "'.'", "'='", "T_IDENT", "T_LIT", "T_FUNC", "T_VAR",
	"T_CONST", "T_TYPE", "T_IMPORT", "T_STRUCT", "T_INTERFACE", "T_IF",
	"T_FOR", "T_SWITCH", "T_SELECT", "T_CASE", "T_DEFAULT", "T_ELSE",
	"pexpr", "type_lit", "signature", "params", "elt_val", "top_decls",
	"T_EOF", "T_MAP", "T_CHAN", "T_ARROW", "T_DEFINE", "T_RANGE",
	"T_PACKAGE", "body_block", "import_specs",
	"package_clause",
};
static int sym_kind[S__COUNT];

static void init_sym_kinds(void)
{
	if (sym_kind[S_LPAREN])
		return;
	for (int s = 0; s < S__COUNT; s++) {
		sym_kind[s] = -1;
		for (int k = 0; k < YYNTOKENS + YYNNTS; k++)
			if (strcmp(yysymbol_name((yysymbol_kind_t)k), sym_names[s]) == 0)
				sym_kind[s] = k;
	}
}

/* Go's spelling of a token in "expecting X". */
static const char *expect_name(int k)
{
	if (k == sym_kind[S_COMMA])
		return "comma";
	if (k == sym_kind[S_SEMI])
		return "semicolon or newline";
	if (k == sym_kind[S_IDENT])
		return "name";
	if (k == sym_kind[S_LIT])
		return "literal";
	if (k == sym_kind[S_BODY])
		return "{";
	if (k == sym_kind[S_EOF])
		return "EOF";
	const char *n = yysymbol_name((yysymbol_kind_t)k);
	if (n[0] == '\'')
		return arena_strndup(g_arena, n + 1, strlen(n) - 2);
	if (n[0] == 'T' && n[1] == '_') {
		static const struct { const char *tok, *text; } ops[] = {
			{"T_SHL", "<<"}, {"T_SHR", ">>"}, {"T_ANDNOT", "&^"},
			{"T_LAND", "&&"}, {"T_LOR", "||"}, {"T_EQ", "=="},
			{"T_NE", "!="}, {"T_LE", "<="}, {"T_GE", ">="},
			{"T_DEFINE", ":="}, {"T_ELLIPSIS", "..."}, {"T_ARROW", "<-"},
			{"T_INC", "++"}, {"T_DEC", "--"}, {"T_ASSIGNOP", "op="},
		};
		for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
			if (strcmp(n, ops[i].tok) == 0)
				return ops[i].text;
		char *s = arena_strndup(g_arena, n + 2, strlen(n) - 2);
		for (char *p = s; *p; p++)
			*p = (char)(*p - 'A' + 'a');
		return s;
	}
	return n;
}

/* Go's spelling of the offending token: names as themselves, literals
 * as "literal 42", semicolons as "newline"/"semicolon"/"EOF". */
static const char *unexpected_name(Lexer *lx)
{
	switch (lx->last_kind) {
	case T_EOF:
		return "EOF";
	case ';':
		return lx->last_semi == SEMI_SEMI ? "semicolon" :
		       lx->last_semi == SEMI_NEWLINE ? "newline" : "EOF";
	case T_LIT:
		return arena_sprintf(g_arena, "literal %.*s", lx->last_len,
		                     (const char *)lx->last_text);
	case T_BODY:
		return "{";
	case ',':
		return "comma";
	}
	return arena_sprintf(g_arena, "%.*s", lx->last_len,
	                     (const char *)lx->last_text);
}

/* What encloses the error, found by walking down the parser's stack. */
typedef enum Ctx {
	CTX_TOP, CTX_BLOCK, CTX_ARGS, CTX_PARAMS, CTX_COMPLIT, CTX_GROUP,
	CTX_STRUCT, CTX_IFACE, CTX_PAREN, CTX_INDEX, CTX_BRACK, CTX_HEADER,
} Ctx;

/* The meaning of the brace at sp (a state whose symbol is a `{`). */
static Ctx brace_ctx(const yy_state_t *sp)
{
	for (int guard = 0; guard < 100000; guard++) {
		int s = yystos[*sp], below = yystos[sp[-1]];
		if (below == sym_kind[S_PEXPR] || below == sym_kind[S_TYPE_LIT])
			return CTX_COMPLIT;
		if (below == sym_kind[S_STRUCT])
			return CTX_STRUCT;
		if (below == sym_kind[S_INTERFACE])
			return CTX_IFACE;
		if (s != sym_kind[S_LBRACE] || sp[-1] == 0)
			return CTX_BLOCK;
		if (below == sym_kind[S_COMMA])
			return CTX_COMPLIT;
		if (below == sym_kind[S_COLON])
			return sp[-2] != 0 && yystos[sp[-2]] == sym_kind[S_ELT_VAL] ?
			       CTX_COMPLIT : CTX_BLOCK;
		if (below != sym_kind[S_LBRACE] && below != sym_kind[S_LBRACE_NT] &&
		    below != sym_kind[S_BODY])
			return CTX_BLOCK;
		sp--; /* `{{`: as the outer brace */
	}
	return CTX_BLOCK;
}

static int yyreport_syntax_error(const yypcontext_t *ctx, Lexer *lx)
{
	init_sym_kinds();
	int t = yypcontext_token(ctx);
	Pos pos = *yypcontext_location(ctx);
	if (t == YYSYMBOL_YYEOF && lx->nerrors)
		return 0; /* Go drops follow-on errors at EOF */

	yysymbol_kind_t expv[YYNTOKENS];
	int n = yypcontext_expected_tokens(ctx, expv, YYNTOKENS);
	bool exp[YYNTOKENS + 1] = {0};
	for (int i = 0; i < n; i++)
		if (expv[i] >= 0 && expv[i] < YYNTOKENS)
			exp[expv[i]] = true;
#define E(s) (sym_kind[s] >= 0 && sym_kind[s] < YYNTOKENS && exp[sym_kind[s]])

	/* walk down the stack (state 0 is only at the bottom) */
	const yy_state_t *sp = ctx->yyssp;
	int top = yystos[*sp];
	Ctx c = CTX_TOP;
	int kw = -1, nsemi = 0, closed = 0;
	bool saw_range = false, saw_import = false;
	bool in_case = false, at_bottom = *sp == 0, header_done = false;
	for (int depth = 0; *sp != 0 && depth < 100000; sp--, depth++) {
		int s = yystos[*sp];
		int below = yystos[sp[-1]];
		if (s == sym_kind[S_RPAREN] || s == sym_kind[S_RBRACK] ||
		    s == sym_kind[S_RBRACE]) {
			closed++; /* skip the matching opener below */
		} else if (closed && (s == sym_kind[S_LPAREN] || s == sym_kind[S_LBRACK] ||
		                      s == sym_kind[S_LBRACE] || s == sym_kind[S_BODY] ||
		                      s == sym_kind[S_LBRACE_NT])) {
			closed--;
		} else if (closed) {
			/* inside a closed bracket pair */
		} else if (s == sym_kind[S_RANGE]) {
			saw_range = true;
		} else if (s == sym_kind[S_IMPORT] || s == sym_kind[S_PACKAGE]) {
			saw_import = true;
		} else if (s == sym_kind[S_SEMI]) {
			nsemi++;
		} else if (s == sym_kind[S_CASE] || s == sym_kind[S_DEFAULT]) {
			in_case = true;
		} else if (s == sym_kind[S_BODY_BLOCK]) {
			header_done = true;
		} else if ((s == sym_kind[S_IF] || s == sym_kind[S_FOR] ||
		            s == sym_kind[S_SWITCH]) && !header_done) {
			c = CTX_HEADER;
			kw = s;
			break;
		} else if (s == sym_kind[S_LPAREN]) {
			if (below == sym_kind[S_PEXPR])
				c = CTX_ARGS;
			else if (below == sym_kind[S_FUNC] || below == sym_kind[S_IDENT] ||
			         below == sym_kind[S_PARAMS])
				c = CTX_PARAMS;
			else if (below == sym_kind[S_VAR] || below == sym_kind[S_CONST] ||
			         below == sym_kind[S_TYPE] || below == sym_kind[S_IMPORT])
				c = CTX_GROUP;
			else
				c = CTX_PAREN;
			break;
		} else if (s == sym_kind[S_LBRACK]) {
			c = below == sym_kind[S_PEXPR] ? CTX_INDEX : CTX_BRACK;
			break;
		} else if (s == sym_kind[S_LBRACE] || s == sym_kind[S_BODY] ||
		           s == sym_kind[S_LBRACE_NT]) {
			c = brace_ctx(sp);
			break;
		}
	}
	const char *u = unexpected_name(lx);
	/* at the start of a statement: after a separator or an opener */
	bool stmt_start = top == sym_kind[S_SEMI] || top == sym_kind[S_LBRACE] ||
	                  top == sym_kind[S_BODY] || top == sym_kind[S_COLON] ||
	                  top == sym_kind[S_LBRACE_NT];
	const char *in = NULL, *sep = NULL, *close = NULL;

	if (at_bottom) {
		syntax_error_at(pos, "package statement must be first");
		return 0;
	}
	if (top == sym_kind[S_CHAN] || (top == sym_kind[S_ARROW_TOK] &&
	                                yystos[ctx->yyssp[-1]] == sym_kind[S_CHAN])) {
		syntax_error_at(pos, "missing channel element type");
		return 0;
	}
	if (top == sym_kind[S_IDENT] && yystos[ctx->yyssp[-1]] == sym_kind[S_TYPE]) {
		syntax_error_at(pos, "unexpected %s in type declaration", u);
		return 0;
	}
	if (c == CTX_HEADER && kw == sym_kind[S_FOR] && nsemi == 1 &&
	    t == sym_kind[S_BODY] && top == sym_kind[S_SEMI]) {
		syntax_error_at(pos, "unexpected {, expecting for loop condition");
		return 0;
	}
	if (top == sym_kind[S_ELSE]) {
		syntax_error_at(pos, "else must be followed by if or statement block");
		return 0;
	}
	switch (c) {
	case CTX_ARGS:
		in = "argument list", sep = "comma", close = ")";
		if (E(S_COMMA) && E(S_RPAREN))
			goto list;
		break;
	case CTX_PARAMS:
		in = "parameter list", sep = "comma", close = ")";
		if (E(S_COMMA) && E(S_RPAREN))
			goto list;
		break;
	case CTX_COMPLIT:
		in = "composite literal", sep = "comma", close = "}";
		if (E(S_COMMA) && E(S_RBRACE))
			goto list;
		break;
	case CTX_GROUP:
		if (saw_import && E(S_LIT)) {
			syntax_error_at(pos, "missing import path");
			return 0;
		}
		if ((top == sym_kind[S_LPAREN] || top == sym_kind[S_SEMI]) &&
		    E(S_IDENT) && E(S_RPAREN)) {
			syntax_error_at(pos, "unexpected %s, expecting name", u);
			return 0;
		}
		in = "grouped declaration", sep = "semicolon or newline", close = ")";
		if (E(S_SEMI) && E(S_RPAREN))
			goto list;
		break;
	case CTX_STRUCT:
		if (top != sym_kind[S_IDENT] && E(S_IDENT) && E(S_RBRACE) && E(S_SEMI) &&
		    !E(S_DOT)) {
			syntax_error_at(pos, "unexpected %s, expecting field name or embedded type", u);
			return 0;
		}
		if (top == sym_kind[S_IDENT] && E(S_STRUCT) && E(S_MAP)) {
			syntax_error_at(pos, "unexpected %s, expecting type", u);
			return 0;
		}
		in = "struct type", sep = "semicolon or newline", close = "}";
		if (E(S_SEMI) && E(S_RBRACE))
			goto list;
		break;
	case CTX_IFACE:
		in = "interface type", sep = "semicolon or newline", close = "}";
		if (E(S_SEMI) && E(S_RBRACE))
			goto list;
		break;
	case CTX_INDEX:
		if (E(S_COLON) && E(S_RBRACK)) {
			syntax_error_at(pos, "unexpected %s, expecting comma, : or ]", u);
			return 0;
		}
		break;
	case CTX_BLOCK:
		if (stmt_start && E(S_RBRACE) && E(S_IF)) {
			if (in_case)
				syntax_error_at(pos, "unexpected %s, expecting case or default or }", u);
			else
				syntax_error_at(pos, "unexpected %s, expecting }", u);
			/* Go ends the block here; recover by dropping the rest of
			 * this statement, bracketed parts included (`else {...}`
			 * on its own line), so no stray `}` follows. */
			lex_skip_stmt(lx, t == sym_kind[S_LPAREN] || t == sym_kind[S_LBRACK] ||
			                      t == sym_kind[S_LBRACE] || t == sym_kind[S_BODY] ||
			                      t == sym_kind[S_LBRACE_NT]);
			return 0;
		}
		if (E(S_SEMI) && t != sym_kind[S_SEMI] && t != sym_kind[S_RBRACE]) {
			syntax_error_at(pos, "unexpected %s at end of statement", u);
			return 0;
		}
		break;
	case CTX_HEADER:
		if (E(S_BODY)) {
			if (kw == sym_kind[S_SWITCH] && nsemi > 0) {
				syntax_error_at(pos, "missing { after switch clause");
			} else if (saw_range) {
				syntax_error_at(pos, "unexpected %s, expecting { after for clause", u);
			} else if (nsemi == 0 || (kw == sym_kind[S_FOR] && nsemi == 1)) {
				syntax_error_at(pos, "unexpected %s, expecting {", u);
			} else {
				syntax_error_at(pos, "unexpected %s, expecting { after %s clause",
				                u, kw == sym_kind[S_IF] ? "if" : "for");
			}
			return 0;
		}
		break;
	case CTX_TOP:
		if (saw_import) {
			if (E(S_LIT) && !E(S_SEMI))
				syntax_error_at(pos, "missing import path");
			else if (E(S_SEMI))
				syntax_error_at(pos, "unexpected %s, expecting semicolon or newline", u);
			else
				break;
			return 0;
		}
		if ((top == sym_kind[S_TOP_DECLS] || top == sym_kind[S_IMPORT_SPECS] ||
		     top == sym_kind[S_PACKAGE_CLAUSE] || top == sym_kind[S_SEMI]) &&
		    E(S_FUNC)) {
			if (t == sym_kind[S_LBRACE] && lx->func_empty)
				syntax_error_at(pos, "unexpected semicolon or newline before {");
			else
				syntax_error_at(pos, "non-declaration statement outside function body");
			return 0;
		}
		if (E(S_SEMI) && t != sym_kind[S_SEMI]) {
			syntax_error_at(pos, "unexpected %s after top level declaration", u);
			return 0;
		}
		break;
	default:
		break;
	}

	/* generic: what Go's parser would have asked for */
	if (E(S_ASSIGN) && E(S_DEFINE) && E(S_COMMA) && !E(S_SEMI)) {
		syntax_error_at(pos, "unexpected %s, expecting := or = or comma", u);
		return 0;
	}
	if (E(S_IDENT) && E(S_LIT)) {
		syntax_error_at(pos, "unexpected %s, expecting expression", u);
		return 0;
	}
	if (E(S_IDENT) && E(S_STRUCT) && E(S_MAP)) {
		syntax_error_at(pos, "unexpected %s, expecting type", u);
		return 0;
	}
	if (E(S_IDENT) && E(S_LPAREN) && n == 2) {
		syntax_error_at(pos, "unexpected %s, expecting name or (", u);
		return 0;
	}
	{
		/* drop tokens that would only continue what came before */
		static const char *const cont[] = {
			"'+'", "'-'", "'*'", "'/'", "'%'", "'&'", "'|'", "'^'", "'<'",
			"'>'", "T_SHL", "T_SHR", "T_ANDNOT", "T_LAND", "T_LOR", "T_EQ",
			"T_NE", "T_LE", "T_GE", "'.'", "'('", "'['", "'{'", "T_INC",
			"T_DEC", "T_ASSIGNOP", "'='", "T_DEFINE", "T_ARROW", "','",
			"T_ELLIPSIS", "T_LIT",
		};
		int left[YYNTOKENS], nleft = 0;
		for (int i = 0; i < n; i++) {
			const char *nm = yysymbol_name(expv[i]);
			bool drop = false;
			for (size_t j = 0; j < sizeof cont / sizeof cont[0]; j++)
				if (strcmp(nm, cont[j]) == 0)
					drop = true;
			if (!drop)
				left[nleft++] = expv[i];
		}
		static const int prio[] = {
			S_RPAREN, S_RBRACK, S_RBRACE, S_COLON, S_SEMI, S_BODY, S_IDENT,
			S_LPAREN, S_LBRACE, S_ASSIGN, S_COMMA,
		};
		int pick = -1;
		if (nleft == 1)
			pick = left[0];
		for (size_t j = 0; pick < 0 && j < sizeof prio / sizeof prio[0]; j++)
			if (E(prio[j]))
				pick = sym_kind[prio[j]];
		if (pick < 0 && n > 0)
			pick = expv[0];
		if (pick >= 0)
			syntax_error_at(pos, "unexpected %s, expecting %s", u,
			                expect_name(pick));
		else
			syntax_error_at(pos, "unexpected %s", u);
	}
	return 0;
list:
	syntax_error_at(pos, "unexpected %s in %s; possibly missing %s or %s", u,
	                in, sep, close);
	lex_skip_list(lx, close[0] == ')' ? '(' : '{');
	return 0;
#undef E
}

/* Bison's own errors (only "memory exhausted" can reach here). */
void yyerror(Pos *loc, Lexer *lx, const char *msg)
{
	lx->nerrors++;
	diag_error(*loc, "%s", msg);
}

/* ------------------------------------------------------------------ */
/* Entry point                                                         */
/* ------------------------------------------------------------------ */

Node *parse_file(const char *src, size_t len)
{
	Lexer lx;
	lex_init(&lx, src, len);
	g_lx = &lx;
	g_file = NULL;
	int rc = yyparse(&lx);
	int nerr = lx.nerrors;
	lex_free(&lx);
	g_lx = NULL;
	if (rc != 0 || nerr)
		return NULL;
	return g_file;
}
