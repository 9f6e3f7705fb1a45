/* check_expr.c: placeholder */
#include "frontend.h"
