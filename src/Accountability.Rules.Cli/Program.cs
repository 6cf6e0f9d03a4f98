using System.Text;
using Accountability.Rules.Cli;

var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
Console.OutputEncoding = utf8;
var console = new CliConsole(Console.Out, Console.Error)
{
    In = new StreamReader(Console.OpenStandardInput(), utf8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024),
    OpenOut = Console.OpenStandardOutput,
    ErrorIsTerminal = !Console.IsErrorRedirected,
    OutIsTerminal = !Console.IsOutputRedirected,
};
return CliApp.Run(args, console);
