"""What the app changes in the operating system, each change behind a narrow interface so the
parts that cannot run here (the Windows registry) can be replaced in tests."""
