# An uncaught exception's last line uses the class's own __str__.
class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
    def __str__(self):
        return f"application failed with code {self.code}"
print(str(AppError(3)))
# expect: application failed with code 3
raise AppError(7)
# expect error: AppError: application failed with code 7
