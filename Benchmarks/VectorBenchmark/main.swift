print("vector-bench: not built yet")
