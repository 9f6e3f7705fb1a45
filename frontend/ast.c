/* ast.c: placeholder */
#include "frontend.h"
