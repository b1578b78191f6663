// The VectorIndex module. Its types land with its issue.
enum VectorIndexModule {}
