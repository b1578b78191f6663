// The RAGKit module. Its types land with its issue.
enum RAGKitModule {}
