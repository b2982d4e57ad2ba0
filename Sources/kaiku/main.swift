print("kaiku")
