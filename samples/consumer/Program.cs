Console.WriteLine("Hello from a container.");
