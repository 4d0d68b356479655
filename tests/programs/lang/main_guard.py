# __name__ is "__main__" in the script being run.
def main():
    print("main runs", __name__)
if __name__ == "__main__":
    main()
# expect: main runs __main__
print(__name__ == "__main__")
# expect: True
