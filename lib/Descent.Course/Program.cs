return await Descent.Course.Cli.CourseCli.InvokeAsync(args);
