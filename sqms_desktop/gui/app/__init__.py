"""The application shell: start-up, main window, sign-in, idle lock and the crash handler."""
