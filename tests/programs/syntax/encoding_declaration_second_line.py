#!/usr/bin/env python3
# -*- coding: latin-1 -*-
x = 1
# coding: bogus (only the first two lines can declare)
print("runs", x)
# expect: runs 1
