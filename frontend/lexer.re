/* lexer.re: placeholder until the lexer lands. */
#include "frontend.h"
