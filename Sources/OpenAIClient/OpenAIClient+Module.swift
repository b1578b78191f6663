// The OpenAIClient module. Its types land with its issue.
enum OpenAIClientModule {}
