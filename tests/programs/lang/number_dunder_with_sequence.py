# A number's own arithmetic dunder returns NotImplemented for a sequence operand.
print((3).__mul__('a'), (3).__rmul__('a'), (True).__mul__('a'), (2.0).__mul__([1]))
print("ab".__rmul__(3), [1].__rmul__(2), (3).__add__(True), (True).__add__(1))
import operator
print(operator.mul(3, 'a'), 3 * 'ab', 'ab' * True)
print(sum([[1], [2]], []), (3).__and__(True), (3).__lshift__(2))
# expect: NotImplemented NotImplemented NotImplemented NotImplemented
# expect: ababab [1, 1] 4 2
# expect: aaa ababab ab
# expect: [1, 2] 1 12
