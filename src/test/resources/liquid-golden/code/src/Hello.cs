class Hello {}
