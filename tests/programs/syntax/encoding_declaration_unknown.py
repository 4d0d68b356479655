# Huffman coding: build tree (a PEP 263 declaration of an encoding no codec has)
print("never runs")
# expect error: SyntaxError: encoding problem: build
